package org.parallax.report;

import java.util.List;

/** Small helpers for writing escaped HTML tables and lists. */
final class Tables {
    private Tables() {
    }

    static void head(StringBuilder out, String... cells) {
        out.append("<table><thead><tr>");
        for (String c : cells) {
            out.append("<th>").append(Html.escape(c)).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
    }

    /** A row of plain-text cells, each escaped. */
    static void row(StringBuilder out, String... cells) {
        out.append("<tr>");
        for (String c : cells) {
            out.append("<td>").append(Html.escape(c)).append("</td>");
        }
        out.append("</tr>\n");
    }

    /** A row whose cells are already escaped HTML. */
    static void rawRow(StringBuilder out, String... html) {
        out.append("<tr>");
        for (String c : html) {
            out.append("<td>").append(c).append("</td>");
        }
        out.append("</tr>\n");
    }

    static void end(StringBuilder out) {
        out.append("</tbody></table>\n");
    }

    static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    static String none(String what) {
        return "<p class=\"none\">" + Html.escape(what) + "</p>\n";
    }
}
