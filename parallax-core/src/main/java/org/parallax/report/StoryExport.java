package org.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A story's claims, quotes, conflicts and timeline as tables, for a journalist's spreadsheet (CSV) or a
 * script (JSON). Read from the story object of the report contract ({@link JsonReport#story}), so the
 * static report and the server export the same rows; outlets are named as the pages name them when the
 * object carries {@code outlets} ({@code {"DOC_ID": "name"}}), else by document id. Every quote and
 * claim row carries its permalink. Thread-safe (no state).
 */
public final class StoryExport {
    /** What can be exported. */
    public enum Kind {
        CLAIMS("claims", "Claims", List.of("id", "text", "status", "independent_sources", "numbers", "dates", "outlets", "permalink")),
        QUOTES("quotes", "Quotes", List.of("id", "speaker", "text", "outlet", "as_written", "match", "speaker_as_written", "permalink")),
        CONFLICTS("conflicts", "Conflicts", List.of("id", "topic", "position", "claim", "outlets", "sources", "explanation")),
        TIMELINE("timeline", "Timeline", List.of("date", "precision", "text", "outlets", "claims"));

        private final String file;
        private final String title;
        private final List<String> columns;

        Kind(String file, String title, List<String> columns) {
            this.file = file;
            this.title = title;
            this.columns = columns;
        }

        /** The export's file name without extension (fixed text). */
        public String file() {
            return file;
        }

        public String title() {
            return title;
        }

        public List<String> columns() {
            return columns;
        }

        /** The kind named by a file name ("claims"), or null. */
        public static Kind named(String file) {
            for (Kind k : values()) {
                if (k.file.equals(file)) {
                    return k;
                }
            }
            return null;
        }
    }

    private StoryExport() {
    }

    /**
     * The rows of one export.
     *
     * @param story     a story object of the report contract
     * @param permalink the address of the story's page; an item's anchor is appended after '#'
     * @param prefix    what the page puts before the item's anchor ("" on a story's own page)
     */
    public static List<List<String>> rows(JsonNode story, Kind kind, String permalink, String prefix) {
        Objects.requireNonNull(story, "story");
        List<List<String>> out = new ArrayList<>();
        JsonNode names = story.path("outlets");
        switch (kind) {
            case CLAIMS -> {
                for (JsonNode c : story.path("claims")) {
                    List<String> numbers = new ArrayList<>();
                    for (JsonNode q : c.path("quantities")) {
                        numbers.add(((q.path("qualifier").isTextual() ? q.get("qualifier").asText() + " " : "")
                                + number(q.path("value").asDouble()) + " " + q.path("unit").asText("")).strip());
                    }
                    List<String> docs = new ArrayList<>();
                    for (JsonNode s : c.path("sources")) {
                        String name = name(names, s.path("document").asText());
                        if (!docs.contains(name)) {
                            docs.add(name);
                        }
                    }
                    out.add(List.of(c.path("id").asText(), c.path("text").asText(), c.path("status").asText(),
                            c.path("independent_sources").asText(), String.join("; ", numbers), join(c.path("dates")),
                            String.join("; ", docs), permalink + "#" + prefix + "claim-" + c.path("id").asText()));
                }
            }
            case QUOTES -> {
                for (JsonNode q : story.path("quotes")) {
                    String speaker = q.path("speaker").path("name").asText("");
                    for (JsonNode o : q.path("occurrences")) {
                        out.add(List.of(q.path("id").asText(), speaker, q.path("text").asText(),
                                name(names, o.path("document").asText()), o.path("text").asText(), o.path("match").asText(),
                                o.path("speaker_as_written").asText(""), permalink + "#" + prefix + "quote-" + q.path("id").asText()));
                    }
                }
            }
            case CONFLICTS -> {
                for (JsonNode x : story.path("conflicts")) {
                    for (JsonNode p : x.path("positions")) {
                        List<String> docs = new ArrayList<>();
                        p.path("documents").forEach(d -> docs.add(name(names, d.asText())));
                        out.add(List.of(x.path("id").asText(), x.path("topic").asText(), p.path("text").asText(),
                                p.path("claim").asText(""), String.join("; ", docs), join(p.path("sources")),
                                x.path("explanation").asText("")));
                    }
                }
            }
            case TIMELINE -> {
                for (JsonNode e : story.path("timeline")) {
                    List<String> docs = new ArrayList<>();
                    e.path("documents").forEach(d -> docs.add(name(names, d.asText())));
                    out.add(List.of(e.path("date").asText(), e.path("precision").asText(), e.path("text").asText(),
                            String.join("; ", docs), join(e.path("claims"))));
                }
            }
            default -> throw new IllegalArgumentException("unknown export " + kind);
        }
        return out;
    }

    /**
     * The export as CSV (RFC 4180, a header row first). A cell that a spreadsheet would run as a formula
     * (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe: the cells hold
     * article text, which anyone may have written.
     */
    public static String csv(JsonNode story, Kind kind, String permalink, String prefix) {
        StringBuilder out = new StringBuilder();
        line(out, kind.columns());
        for (List<String> row : rows(story, kind, permalink, prefix)) {
            line(out, row);
        }
        return out.toString();
    }

    /** The export as JSON: {"story", "headline", "export", "columns", "rows": [{column: value}]}. */
    public static String json(JsonNode story, Kind kind, String permalink, String prefix) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("story", story.path("id").asText());
        root.put("headline", story.path("headline").asText(""));
        root.put("export", kind.file());
        ArrayNode columns = root.putArray("columns");
        kind.columns().forEach(columns::add);
        ArrayNode rows = root.putArray("rows");
        for (List<String> row : rows(story, kind, permalink, prefix)) {
            ObjectNode o = rows.addObject();
            for (int i = 0; i < kind.columns().size(); i++) {
                o.put(kind.columns().get(i), row.get(i));
            }
        }
        try {
            return JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export is plain data", e);
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                c = "\"" + c.replace("\"", "\"\"") + "\"";
            }
            out.append(c);
        }
        out.append("\r\n");
    }

    private static String name(JsonNode names, String document) {
        return names.path(document).isTextual() ? names.get(document).asText() : document;
    }

    private static String join(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return String.join("; ", out);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
