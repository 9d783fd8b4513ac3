package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;
import org.parallax.model.TimelineEvent;

import java.util.stream.Collectors;

/** The report as Markdown, for pasting into notes and issues. Article text is escaped for Markdown tables. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String write(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("# Parallax report\n\n").append(report.documents().size()).append(" articles, ")
                .append(report.stories().size()).append(" stories.\n");
        for (Story s : report.stories()) {
            out.append("\n## ").append(inline(s.headline())).append("\n\n");
            if (!s.summary().isEmpty()) {
                for (SummarySentence sent : s.summary()) {
                    out.append(inline(sent.text())).append(" [")
                            .append(sent.citations().stream().map(d -> s.article(d).displayName()).collect(Collectors.joining("; ")))
                            .append("] ");
                }
                out.append("\n\n");
            }
            out.append("| Document | Outlet | Title | Published | Dateline |\n|---|---|---|---|---|\n");
            for (Article a : s.articles()) {
                out.append("| ").append(cell(a.id())).append(" | ").append(cell(a.outlet())).append(" | ")
                        .append(cell(a.title())).append(" | ")
                        .append(cell(a.published() == null ? null : a.published().date() + " (" + a.published().how() + ")"))
                        .append(" | ").append(cell(a.dateline())).append(" |\n");
            }
            if (!s.quotes().isEmpty()) {
                out.append("\n### Who said what\n");
                for (Quote q : s.quotes()) {
                    out.append("\n- **").append(inline(q.speaker() == null ? "unknown" : q.speaker().name()))
                            .append("**: “").append(inline(q.text())).append("”\n");
                    for (QuoteOccurrence o : q.occurrences()) {
                        out.append("  - ").append(inline(s.article(o.document()).displayName())).append(" (")
                                .append(o.match()).append("): “").append(inline(o.text())).append("”\n");
                    }
                }
            }
            if (!s.claims().isEmpty()) {
                out.append("\n### Claims\n\n| Claim | Status | Independent |\n|---|---|---|\n");
                for (Claim c : s.claims()) {
                    out.append("| ").append(cell(c.text())).append(" | ").append(c.status()).append(" | ")
                            .append(c.independentSources()).append(" |\n");
                }
            }
            if (!s.conflicts().isEmpty()) {
                out.append("\n### Conflicts\n");
                for (Conflict c : s.conflicts()) {
                    out.append("\n- **").append(inline(c.topic())).append("**: ")
                            .append(c.positions().stream().map(p -> "“" + inline(p.text()) + "” ("
                                    + p.documents().stream().map(d -> s.article(d).displayName()).collect(Collectors.joining(", ")) + ")")
                                    .collect(Collectors.joining(" vs ")))
                            .append('\n');
                }
            }
            if (!s.timeline().isEmpty()) {
                out.append("\n### Timeline\n\n");
                for (TimelineEvent e : s.timeline()) {
                    out.append("- ").append(e.date()).append(": ").append(inline(e.text())).append('\n');
                }
            }
        }
        if (!report.rejected().isEmpty()) {
            out.append("\n## Rejected inputs\n\n");
            for (Rejected r : report.rejected()) {
                out.append("- ").append(inline(r.source())).append(": ").append(inline(r.problem())).append('\n');
            }
        }
        return out.toString();
    }

    /** Text for a Markdown line: markup characters and HTML neutralised. */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
                .replace("_", "\\_").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]")
                .replace("\n", " ");
    }

    static String cell(String s) {
        return s == null ? "—" : inline(s).replace("|", "\\|");
    }
}
