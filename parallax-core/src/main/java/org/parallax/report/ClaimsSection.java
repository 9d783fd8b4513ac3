package org.parallax.report;

import org.parallax.model.Claim;
import org.parallax.model.Quantity;
import org.parallax.model.SourceText;
import org.parallax.model.Story;

import java.util.stream.Collectors;

/** The claims matrix: each claim, its numbers, who states it and how many independent outlets do. */
final class ClaimsSection implements HtmlSection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.CLAIMS;
    }

    @Override
    public void render(Story story, StringBuilder out) {
        Tables.head(out, "Claim", "Numbers", "Dates", "Stated by", "Independent", "Sourcing", "Status");
        for (Claim c : story.claims()) {
            String numbers = c.quantities().stream().map(QuantityText::of).collect(Collectors.joining("; "));
            String docs = c.sources().stream().map(SourceText::document).distinct()
                    .map(d -> story.article(d).displayName()).collect(Collectors.joining(", "));
            String chain = c.sourcing().stream().map(s -> s.origin() + " → " + s.documents().stream()
                    .map(d -> story.article(d).displayName()).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
            Tables.row(out, c.text(), numbers, Tables.join(c.dates()), docs,
                    String.valueOf(c.independentSources()), chain, c.status().toString());
        }
        Tables.end(out);
    }

    /** "more than 70 people killed". */
    static final class QuantityText {
        private QuantityText() {
        }

        static String of(Quantity q) {
            String v = q.value() == Math.rint(q.value()) ? String.valueOf((long) q.value()) : String.valueOf(q.value());
            return ((q.qualifier() == null ? "" : q.qualifier() + " ") + v + " " + (q.unit() == null ? "" : q.unit())).strip();
        }
    }
}
