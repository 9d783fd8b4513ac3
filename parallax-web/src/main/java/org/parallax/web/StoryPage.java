package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.model.Claim;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.SourceText;
import org.parallax.model.Story;

import java.util.List;

import org.parallax.report.Rendering;
import org.parallax.report.StoryAnchors;
import org.parallax.report.StoryView;

/**
 * A story's page: headline and outlets, then each {@link StorySection} in reading order, from the
 * summary to the articles side by side. Sections with nothing to show say so. A JSON block (escaped
 * for HTML, never executed) tells the page's script which sentences belong to each claim and quote,
 * so "show in articles" can highlight them all.
 *
 * <p>The body is rendered once, when the story is analysed, and kept with its analysis; what changes
 * without a new analysis (the related stories, whether an update is under way) is put in when the page is
 * served, at {@link #RELATED} (drawn by a template, {@link Pages#related}; the class is public only so that
 * the templates can read {@link Related}). Thread-safe.
 */
public final class StoryPage {
    /** Where a served page puts the related stories and the update notice (a comment: article text is escaped). */
    static final String RELATED = Rendering.RELATED;

    /** Another story that is a related event, as the page links it. */
    public record Related(String id, String headline, String relation, List<String> shared) {
        public Related {
            shared = List.copyOf(shared);
        }
    }

    private StoryPage() {
    }

    /** The stored body of a story's page: the sections every story shows ({@link Rendering#story}). */
    static String body(String id, Story story) {
        StoryView view = new StoryView(id, story, StoryView.Place.page(id));
        return Rendering.story(view) + "<script type=\"application/json\" id=\"px-data\">"
                + Json.forHtml(groups(id, view.anchors())) + "</script>\n";
    }
    /**
     * The whole page from a stored body: the related stories and, while the story is being analysed again,
     * a notice that the page's script turns into a link to the new version when it is ready.
     */
    static String page(String id, String headline, String body, List<Related> related, boolean updating) {
        String extra = Pages.related(id, related, updating);
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
