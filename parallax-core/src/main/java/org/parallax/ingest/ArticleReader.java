package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import org.parallax.time.AbsoluteDates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders (recursively, in name order) and standard input ({@code -}), in
 * three formats: plain text (one article a file), HTML pages, and JSON Lines
 * ({@code {"id", "text" | "html", "url", "outlet", "title", "published"}} a line). The format comes from
 * the file's extension, else from its first characters.
 *
 * <p>Bad input never throws: an empty, binary, oversized or unreadable file, a JSON line that does not
 * parse, or a page with no article text becomes a {@link Rejected} naming the input and the problem.
 * Thread-safe.
 */
public final class ArticleReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Everything under these paths; {@code -} reads standard input. */
    public Batch read(List<String> paths, InputStream stdin) {
        List<Batch> each = new java.util.ArrayList<>();
        for (String p : paths) {
            each.add(p.equals("-") ? readStdin(stdin) : readPath(Path.of(p)));
        }
        return Batch.concat(each).distinctIds();
    }

    /** The files a path stands for, in a stable order; a missing path gives none. */
    public static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !isProjectFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(path);
        }
    }

    // a folder of articles often carries its licence and notes; they are not articles
    private static final java.util.regex.Pattern PROJECT_FILE =
            java.util.regex.Pattern.compile("(?i)^(readme|license|licence|copying|notice|changelog)([._-].*)?$");

    static boolean isProjectFile(Path file) {
        return PROJECT_FILE.matcher(file.getFileName().toString()).matches();
    }

    public Batch readPath(Path path) {
        if (!Files.exists(path)) {
            return Batch.rejected(path.toString(), "no such file or folder");
        }
        List<Batch> each = new java.util.ArrayList<>();
        for (Path f : files(path)) {
            each.add(readFile(f));
        }
        return Batch.concat(each);
    }

    public Batch readFile(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return Batch.rejected(source, "file is " + size + " bytes, over the limit of " + maxBytes
                        + " (raise it with --max-size)");
            }
            byte[] bytes = Files.readAllBytes(file);
            return readBytes(source, idOf(file), extension(file), bytes);
        } catch (AccessDeniedException e) {
            return Batch.rejected(source, "cannot read file: permission denied");
        } catch (NoSuchFileException e) {
            return Batch.rejected(source, "no such file");
        } catch (IOException e) {
            return Batch.rejected(source, "cannot read file: " + e.getMessage());
        }
    }

    private Batch readStdin(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return Batch.rejected("-", "standard input is over the limit of " + maxBytes + " bytes");
            }
            return readBytes("-", "stdin", "", bytes);
        } catch (IOException e) {
            return Batch.rejected("-", "cannot read standard input: " + e.getMessage());
        }
    }

    /** One input's bytes, whatever its format. */
    public Batch readBytes(String source, String id, String extension, byte[] bytes) {
        if (bytes.length == 0) {
            return Batch.rejected(source, "empty file");
        }
        Optional<String> binary = Decoder.binaryProblem(bytes);
        if (binary.isPresent()) {
            return Batch.rejected(source, binary.get());
        }
        Decoder.Decoded decoded = Decoder.decode(bytes);
        List<String> warnings = decoded.warning().map(List::of).orElse(List.of());
        String text = decoded.text();
        if (text.isBlank()) {
            return Batch.rejected(source, "no text (only white space)");
        }
        return switch (format(extension, text)) {
            case JSONL -> readJsonLines(source, text, warnings);
            case HTML -> html(source, id, text, GivenMetadata.NONE, warnings);
            case TEXT -> Batch.of(new RawArticle(id, source, text, GivenMetadata.NONE, warnings));
        };
    }

    enum Format { TEXT, HTML, JSONL }

    static Format format(String extension, String text) {
        switch (extension) {
            case "jsonl": case "ndjson": case "json":
                return Format.JSONL;
            case "html": case "htm": case "xhtml":
                return Format.HTML;
            case "txt": case "text": case "md":
                return Format.TEXT;
            default:
                String head = text.stripLeading();
                if (head.startsWith("{") || head.startsWith("[")) {
                    return Format.JSONL;
                }
                String lower = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
                if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")) {
                    return Format.HTML;
                }
                return Format.TEXT;
        }
    }

    private Batch html(String source, String id, String html, GivenMetadata given, List<String> warnings) {
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html, given.url());
        if (page.text().isBlank()) {
            return Batch.rejected(source, "HTML page with no article text");
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(page.warnings());
        return Batch.of(new RawArticle(id, source, page.text(), given.or(page.metadata()), all));
    }

    private Batch readJsonLines(String source, String text, List<String> warnings) {
        List<RawArticle> articles = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        if (text.stripLeading().startsWith("[")) {
            // a JSON array of article objects is accepted too
            try {
                JsonNode array = JSON.readTree(text);
                for (int i = 0; i < array.size(); i++) {
                    addArticle(array.get(i), source + "[" + i + "]", warnings, articles, rejected);
                }
            } catch (IOException e) {
                rejected.add(new Rejected(source, "not a JSON array of articles: " + firstLine(e.getMessage())));
            }
        } else {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                String where = source + ":" + (i + 1);
                try {
                    addArticle(JSON.readTree(line), where, warnings, articles, rejected);
                } catch (IOException e) {
                    rejected.add(new Rejected(where, "not a JSON object: " + firstLine(e.getMessage())));
                }
            }
        }
        if (articles.isEmpty() && rejected.isEmpty()) {
            rejected.add(new Rejected(source, "no articles in JSON Lines input"));
        }
        return new Batch(articles, rejected);
    }

    /** One article object of JSON input: {"id", "text" | "html", "url", "outlet", "title", "published"}. */
    public Batch readObject(JsonNode node, String where) {
        List<RawArticle> articles = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        addArticle(node, where, List.of(), articles, rejected);
        return new Batch(articles, rejected);
    }

    private void addArticle(JsonNode node, String where, List<String> warnings, List<RawArticle> articles,
                            List<Rejected> rejected) {
        if (node == null || !node.isObject()) {
            rejected.add(new Rejected(where, "not a JSON object"));
            return;
        }
        String id = field(node, "id");
        if (id == null || id.isBlank()) {
            rejected.add(new Rejected(where, "article has no \"id\""));
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
            articles.add(new RawArticle(id, src, body, given, warnings));
        } else if (html != null && !html.isBlank()) {
            Batch b = html(src, id, html, given, warnings);
            articles.addAll(b.articles());
            b.rejected().forEach(r -> rejected.add(new Rejected(where + " (" + id + ")", r.problem())));
        } else {
            rejected.add(new Rejected(where + " (" + id + ")", "article has neither \"text\" nor \"html\""));
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
