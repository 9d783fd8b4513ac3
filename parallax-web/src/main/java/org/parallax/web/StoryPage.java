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
 * so "show in articles" can highlight them all.
 *
 * <p>The body is rendered once, when the story is analysed, and kept with its analysis; what changes
 * without a new analysis (the related stories, whether an update is under way) is put in when the page is
 * served, at {@link #RELATED}. Thread-safe.
 */
final class StoryPage {
    static final List<StorySection> SECTIONS = List.of(new SummaryPart(), new QuotesPart(), new ClaimsPart(),
            new ConflictsPart(), new TimelinePart(), new FramingPart(), new ArticlesPart());
    /** Where a served page puts the related stories and the update notice (a comment: article text is escaped). */
    static final String RELATED = "<!--px:related-->";

    /** Another story that is a related event, as the page links it. */
    record Related(String id, String headline, String relation, List<String> shared) {
        Related {
            shared = List.copyOf(shared);
        }
    }

    private StoryPage() {
    }

    /** The stored body of a story's page. */
    static String body(String id, Story story) {
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
        out.append("</p>\n").append(RELATED).append("\n<nav class=\"toc\">");
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
        out.append("</article>\n<script type=\"application/json\" id=\"px-data\">").append(Json.forHtml(groups(id, anchors)))
                .append("</script>\n");
        return out.toString();
    }

    /**
     * The whole page from a stored body: the related stories and, while the story is being analysed again,
     * a notice that the page's script turns into a link to the new version when it is ready.
     */
    static String page(String id, String headline, String body, List<Related> related, boolean updating) {
        StringBuilder extra = new StringBuilder();
        if (updating) {
            extra.append("<p class=\"updating\" data-story=\"").append(escape(id)).append("\">This story is being updated:"
                    + " new articles are being analysed, and what you see is the analysis from before.</p>\n");
        }
        if (!related.isEmpty()) {
            extra.append("<p class=\"related\">Related: ");
            for (int i = 0; i < related.size(); i++) {
                Related r = related.get(i);
                extra.append(i == 0 ? "" : "; ").append("<a href=\"/stories/").append(escape(r.id())).append("\">")
                        .append(escape(r.headline() == null ? "Untitled story" : r.headline())).append("</a> <small>(")
                        .append(escape(r.relation())).append(", shares ").append(escape(String.join(", ", r.shared())))
                        .append(")</small>");
            }
            extra.append("</p>\n");
        }
        int at = body.indexOf(RELATED);
        String filled = at < 0 ? extra + body
                : body.substring(0, at) + extra + body.substring(at + RELATED.length());
        return Pages.layout(headline == null ? "Untitled story" : headline, "", filled);
    }

    /** A story's page at once (tests, and a story shown before it is stored). */
    static String render(String id, Story story, List<Related> related) {
        return page(id, story.headline(), body(id, story), related, false);
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
