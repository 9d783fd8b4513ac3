package org.parallax.report;

import org.parallax.model.Framing;
import org.parallax.model.SourceText;
import org.parallax.model.Story;

import java.util.stream.Collectors;

/** Each outlet's loaded words in its own voice, the labels it gives the actors, and its unnamed sources. */
final class FramingSection implements HtmlSection {
    @Override
    public String title() {
        return "Framing";
    }

    @Override
    public String anchor() {
        return "framing";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.framing().isEmpty();
    }

    @Override
    public void render(Story story, StringBuilder out) {
        Tables.head(out, "Outlet", "Loaded terms", "Actor labels", "Unnamed sources");
        for (Framing f : story.framing()) {
            Tables.row(out, story.article(f.document()).displayName(),
                    f.loadedTerms().stream().map(t -> t.text() + " (" + t.category() + ")").collect(Collectors.joining("; ")),
                    f.labels().stream().map(l -> l.asWritten() + " ×" + l.count()).collect(Collectors.joining("; ")),
                    f.anonymousSources().stream().map(SourceText::text).collect(Collectors.joining("; ")));
        }
        Tables.end(out);
    }
}
