package org.parallax.report;

import org.parallax.model.Coverage;
import org.parallax.model.Story;

/** What each outlet reports alone and which corroborated claims it leaves out. */
final class CoverageSection implements HtmlSection {
    @Override
    public String title() {
        return "Coverage";
    }

    @Override
    public String anchor() {
        return "coverage";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.coverage().isEmpty();
    }

    @Override
    public void render(Story story, StringBuilder out) {
        Tables.head(out, "Outlet", "Exclusive claims", "Corroborated claims left out");
        for (Coverage c : story.coverage()) {
            Tables.row(out, story.article(c.document()).displayName(), Tables.join(c.exclusiveClaims()),
                    Tables.join(c.missingClaims()));
        }
        Tables.end(out);
    }
}
