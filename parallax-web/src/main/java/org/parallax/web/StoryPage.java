package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.SourceText;
import org.parallax.model.Story;

import java.util.LinkedHashSet;
import java.util.List;

import static org.parallax.report.Html.escape;

/**
 * A story's page: headline and outlets, then each {@link StorySection} in reading order, from the
 * summary to the articles side by side. Sections with nothing to show say so. A JSON block (escaped
 * for HTML, never executed) tells the page's script which sentences belong to each claim and quote,
 * so "show in articles" can highlight them all. Thread-safe.
 */
final class StoryPage {
    static final List<StorySection> SECTIONS = List.of(new SummaryPart(), new QuotesPart(), new ClaimsPart(),
            new ConflictsPart(), new TimelinePart(), new FramingPart(), new ArticlesPart());

    private StoryPage() {
    }

    static String render(Library.Entry entry) {
        Story story = entry.story();
        StoryAnchors anchors = new StoryAnchors(story);
        StringBuilder out = new StringBuilder(64 * 1024);
        String headline = story.headline() == null ? "Untitled story" : story.headline();
        out.append("<article class=\"story\"><h1>").append(escape(headline)).append("</h1>\n<p class=\"lead\">")
                .append(story.articles().size()).append(story.articles().size() == 1 ? " article" : " articles");
        String dates = Pages.dateRange(story);
        if (!dates.isEmpty()) {
            out.append(" · ").append(escape(dates));
        }
        out.append("</p>\n<p class=\"outlets\">");
        for (String o : new LinkedHashSet<>(story.articles().stream().map(Article::displayName).toList())) {
            out.append("<span class=\"tag\">").append(escape(o)).append("</span>");
        }
        out.append("</p>\n");
        if (!entry.related().isEmpty()) {
            out.append("<p class=\"related\">Related: ");
            for (int i = 0; i < entry.related().size(); i++) {
                Library.Related r = entry.related().get(i);
                out.append(i == 0 ? "" : "; ").append("<a href=\"/stories/").append(escape(r.id())).append("\">")
                        .append(escape(r.headline() == null ? "Untitled story" : r.headline())).append("</a> <small>(")
                        .append(escape(r.relation())).append(", shares ").append(escape(String.join(", ", r.shared())))
                        .append(")</small>");
            }
            out.append("</p>\n");
        }
        out.append("<nav class=\"toc\">");
        for (StorySection s : SECTIONS) {
            out.append("<a href=\"#").append(s.anchor()).append("\"").append(s.isEmpty(story) ? " class=\"empty\"" : "")
                    .append(">").append(escape(s.title())).append("</a>");
        }
        out.append("</nav>\n");
        for (StorySection s : SECTIONS) {
            out.append("<section id=\"").append(s.anchor()).append(s.isEmpty(story) ? "\" class=\"empty" : "")
                    .append("\"><h2>").append(escape(s.title())).append("</h2>\n");
            if (s.isEmpty(story)) {
                out.append("<p class=\"none\">").append(escape(s.emptyText())).append("</p>\n");
            } else {
                s.render(anchors, out);
            }
            out.append("</section>\n");
        }
        out.append("</article>\n<script type=\"application/json\" id=\"px-data\">").append(Json.forHtml(groups(entry.id(), anchors)))
                .append("</script>\n");
        return Pages.layout(headline, "", out.toString());
    }

    /** For each claim and quote, the sentence anchors that state it. */
    private static ObjectNode groups(String storyId, StoryAnchors anchors) {
        ObjectNode root = Json.object();
        root.put("story", storyId);
        root.put("headline", anchors.story().headline());
        ObjectNode groups = root.putObject("groups");
        for (Claim c : anchors.story().claims()) {
            ArrayNode list = groups.putArray("claim:" + c.id());
            for (SourceText s : c.sources()) {
                list.add(anchors.at(s.document(), s.start()));
            }
        }
        for (Quote q : anchors.story().quotes()) {
            ArrayNode list = groups.putArray("quote:" + q.id());
            for (QuoteOccurrence o : q.occurrences()) {
                list.add(anchors.at(o.document(), o.start()));
            }
        }
        return root;
    }
}
