package org.parallax.report;

import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.model.StoryLink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The static report as the report template draws it: the index of stories in each order, a page at a time,
 * then every story with the same sections as its web page. Thread-safe once built.
 *
 * @param indexes for each order of the index, its pages ({@link StoryIndex#PAGE_SIZE} stories a page), all in
 *                the one document: the style sheet shows the page an address targets
 */
public record ReportPage(Report report, List<StoryView> stories, List<List<StoryIndex>> indexes, String css) {
    public ReportPage {
        stories = List.copyOf(stories);
        indexes = indexes.stream().map(List::copyOf).toList();
    }

    static ReportPage of(Report report) {
        List<StoryView> views = new ArrayList<>();
        List<StoryIndex.Row> rows = new ArrayList<>();
        for (int i = 0; i < report.stories().size(); i++) {
            Story s = report.stories().get(i);
            views.add(new StoryView(s.id(), s, StoryView.Place.report(i + 1, s.id())));
            rows.add(StoryIndex.Row.of(s, "#story-" + s.id()));
        }
        List<List<StoryIndex>> indexes = new ArrayList<>();
        for (StoryIndex.Sort sort : StoryIndex.Sort.values()) {
            indexes.add(StoryIndex.pages(rows, sort, null));
        }
        return new ReportPage(report, views, indexes, Rendering.css());
    }

    /** Links to the stories related to this one, with their relation and the names they share. */
    public List<StoryView.Link> related(StoryView view) {
        Map<String, List<StoryLink>> links = report.linksByStory();
        Map<String, String> headlines = new HashMap<>();
        report.stories().forEach(s -> headlines.put(s.id(), StoryView.headlineOf(s)));
        List<StoryView.Link> out = new ArrayList<>();
        for (StoryLink l : links.getOrDefault(view.storyId(), List.of())) {
            String other = l.other(view.storyId());
            out.add(new StoryView.Link("#story-" + other, headlines.getOrDefault(other, other),
                    l.relationFor(view.storyId()) + ", shares " + String.join(", ", l.shared())));
        }
        return out;
    }
}
