package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.time.AbsoluteDates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines ({@code {"id", "text" | "html", "url", "outlet", "title", "author", "published"}} a
 * line), or a JSON array of such objects, streamed: one line (or array element) is held at a time, so
 * the size limit applies to each article, never to the file. A line that does not parse, lacks an id or
 * is over the limit is rejected alone, named by file and line number. Thread-safe.
 */
final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    JsonLinesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Batch read(String source, Input input) throws IOException {
        Batch.Builder out = new Batch.Builder();
        byte[] head = input.peek();
        int first = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB ? 3 : 0;
        while (first < head.length && Character.isWhitespace(head[first])) {
            first++;
        }
        if (first < head.length && head[first] == '[') {
            readArray(source, input, out);
        } else {
            readLines(source, input, out);
        }
        if (out.size() == 0) {
            out.reject(source, "no articles in JSON Lines input");
        }
        return out.build();
    }

    private void readLines(String source, Input input, Batch.Builder out) {
        List<Line> chunk = new ArrayList<>();
        long chunkBytes = 0;
        int number = 0;
        while (true) {
            byte[] line;
            try {
                line = input.line(maxBytes);
            } catch (IOException e) {
                // a truncated or corrupt gzip stream, a decompression bomb: the lines before it still count
                drain(chunk, out);
                out.reject(source + ":" + (number + 1), "cannot read on: " + firstLine(e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()) + "; the rest of the file is not read");
                return;
            }
            if (line == null) {
                break;
            }
            number++;
            String where = source + ":" + number;
            if (line == Input.TOO_LONG) {
                chunk.add(new Line(where, null, List.of(), "line is over the limit of " + maxBytes
                        + " bytes for one article (raise it with --max-size)"));
            } else {
                Decoder.Decoded text = Decoder.decodeJson(line);
                String json = text.text().strip();
                if (json.isEmpty()) {
                    continue;
                }
                List<String> warnings = text.warning().map(List::of).orElse(List.of());
                try {
                    chunk.add(new Line(where, JSON.readTree(json), warnings, null));
                } catch (IOException e) {
                    chunk.add(new Line(where, null, List.of(), "not a JSON object: " + firstLine(e.getMessage())));
                }
                chunkBytes += line.length;
            }
            if (chunk.size() >= CHUNK_LINES || chunkBytes >= CHUNK_BYTES) {
                drain(chunk, out);
                chunkBytes = 0;
            }
        }
        drain(chunk, out);
    }

    /** Lines are parsed in order and their pages extracted in parallel, a chunk at a time: memory stays bounded. */
    private static final int CHUNK_LINES = 64;
    private static final long CHUNK_BYTES = 64L * 1024 * 1024;

    /** One line of input, parsed, or why it could not be. */
    private record Line(String where, JsonNode node, List<String> warnings, String problem) {
    }

    private static void drain(List<Line> chunk, Batch.Builder out) {
        List<Batch> each = chunk.parallelStream().map(l -> {
            Batch.Builder one = new Batch.Builder();
            if (l.problem != null) {
                one.reject(l.where, l.problem);
            } else {
                addArticle(l.node, l.where, l.warnings, one);
            }
            return one.build();
        }).toList();
        each.forEach(out::addAll);
        chunk.clear();
    }

    private void readArray(String source, Input input, Batch.Builder out) {
        try (JsonParser parser = JSON.getFactory().createParser(input.stream())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                out.reject(source, "not a JSON array of articles");
                return;
            }
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long from = parser.currentTokenLocation().getByteOffset();
                JsonNode node = JSON.readTree(parser);
                long size = parser.currentLocation().getByteOffset() - from;
                String where = source + "[" + i++ + "]";
                if (size > maxBytes) {
                    out.reject(where, "article is " + size + " bytes, over the limit of " + maxBytes);
                } else {
                    addArticle(node, where, List.of(), out);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            out.reject(source, "not a JSON array of articles: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            out.reject(source, "cannot read on: " + firstLine(e.getMessage()) + "; the rest of the file is not read");
        }
    }

    /** One article object of JSON input. */
    static void addArticle(JsonNode node, String where, List<String> warnings, Batch.Builder out) {
        if (node == null || !node.isObject()) {
            out.reject(where, "not a JSON object");
            return;
        }
        String id = field(node, "id");
        if (id == null || id.isBlank()) {
            out.reject(where, "article has no \"id\"");
            return;
        }
        String published = field(node, "published");
        GivenMetadata given = new GivenMetadata(field(node, "title"), field(node, "outlet"),
                published == null ? null : AbsoluteDates.parseIso(published).map(Object::toString).orElse(null),
                field(node, "author"), field(node, "url"));
        String body = field(node, "text");
        String html = field(node, "html");
        String src = given.url() != null ? given.url() : where;
        if (body != null && !body.isBlank()) {
            out.add(new RawArticle(id, src, body, given, warnings));
        } else if (html != null && !html.isBlank()) {
            Batch b = ArticleReader.page(src, id, html, given, warnings);
            b.articles().forEach(out::add);
            b.rejected().forEach(r -> out.reject(where + " (" + id + ")", r.problem()));
        } else {
            out.reject(where + " (" + id + ")", "article has neither \"text\" nor \"html\"");
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
