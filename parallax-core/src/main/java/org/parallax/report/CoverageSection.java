package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Coverage;
import org.parallax.model.SourceText;
import org.parallax.model.Story;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The claims × outlets matrix (who reports what), then each outlet's exclusive and missing claims. */
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
        List<Article> articles = story.articles();
        if (!story.claims().isEmpty()) {
            out.append("<table class=\"matrix\"><thead><tr><th>Claim</th><th>Status</th>");
            for (Article a : articles) {
                out.append("<th>").append(Html.escape(a.displayName())).append("</th>");
            }
            out.append("</tr></thead><tbody>\n");
            List<Claim> claims = story.claims().stream()
                    .sorted(Comparator.comparingInt((Claim c) -> -docs(c).size())).toList();
            for (Claim c : claims) {
                Set<String> docs = docs(c);
                out.append("<tr><td>").append(Html.escape(c.id())).append(": ").append(Html.escape(c.text()))
                        .append("</td><td>").append(Html.escape(c.status().toString())).append("</td>");
                for (Article a : articles) {
                    out.append(docs.contains(a.id()) ? "<td title=\"reports it\">●</td>" : "<td></td>");
                }
                out.append("</tr>\n");
            }
            Tables.end(out);
        }
        Tables.head(out, "Outlet", "Claims only it reports", "Corroborated claims it leaves out");
        for (Coverage c : story.coverage()) {
            Tables.row(out, story.article(c.document()).displayName(),
                    c.exclusiveClaims().isEmpty() ? "none" : Tables.join(c.exclusiveClaims()),
                    c.missingClaims().isEmpty() ? "none" : Tables.join(c.missingClaims()));
        }
        Tables.end(out);
    }

    private static Set<String> docs(Claim c) {
        return c.sources().stream().map(SourceText::document).collect(Collectors.toSet());
    }
}
