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
            for (String w : s.warnings()) {
                out.append("> **Warning**: ").append(inline(w)).append("\n\n");
            }
            if (!s.summary().isEmpty()) {
                for (SummarySentence sent : s.summary()) {
                    out.append(inline(sent.text())).append(" [")
                            .append(sent.citations().stream().map(d -> inline(s.article(d).proseName())).collect(Collectors.joining("; ")))
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
                        out.append("  - ").append(inline(s.article(o.document()).proseName())).append(" (")
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
                                    + p.documents().stream().map(d -> inline(s.article(d).proseName())).collect(Collectors.joining(", ")) + ")")
                                    .collect(Collectors.joining(" vs ")))
                            .append('\n');
                }
            }
            if (!s.timeline().isEmpty()) {
                out.append("\n### Timeline\n\n");
                for (TimelineEvent e : s.timeline()) {
                    out.append("- ").append(inline(e.date())).append(": ").append(inline(e.text())).append('\n');
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

    /**
     * Untrusted text (article text, titles, outlet names, ids, file names) for a Markdown line: every
     * character Markdown or its HTML could read as markup is backslash-escaped or written as an entity, a
     * line break becomes a space, a character that could start a block (a heading, a list, a quote) at the
     * start of a line is escaped, and control characters are shown, not written (a terminal showing the
     * file would act on ESC). Renders as the text it was, and as nothing else.
     */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replace('\u2028', ' ').replace('\u2029', ' ');
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '*', '_', '`', '[', ']', '(', ')', '!', '~', '#', '|', '{', '}' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        String text = Printable.controls(out.toString());
        // "1. " opening a line would start a list, as would "- " or "+ "; "=" and "-" alone underline a heading
        java.util.regex.Matcher number = NUMBERED.matcher(text);
        if (number.lookingAt()) {
            return text.substring(0, number.end()) + "\\" + text.substring(number.end());
        }
        java.util.regex.Matcher mark = MARKED.matcher(text);
        return mark.lookingAt() ? text.substring(0, mark.end() - 1) + "\\" + text.substring(mark.end() - 1) : text;
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\s*\\d{1,9}(?=[.)])");
    private static final java.util.regex.Pattern MARKED = java.util.regex.Pattern.compile("\\s*[-+=]");

    static String cell(String s) {
        return s == null ? "—" : inline(s);
    }
}
