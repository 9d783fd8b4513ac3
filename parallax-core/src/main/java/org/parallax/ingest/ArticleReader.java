package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

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
 * Reads articles from files, folders (recursively, in name order), standard input ({@code -}) and web
 * addresses ({@code https://...}), in these formats: plain text (one article a file), HTML pages, JSON
 * Lines ({@code {"id", "text" | "html", "url", "outlet", "title", "published"}} a line), RSS/Atom and
 * JSON Feed (one article an item), web archives (WARC: one article an HTML response) and lists of URLs
 * ({@code .urls}, one a line). Any of them may be gzipped ({@code .gz}, or found by gzip's magic bytes).
 * The format comes from the file's extension, else from its first bytes (for a URL, from the
 * {@code Content-Type}); the charset from a byte order mark, the HTTP header, the page's declaration, or
 * a guess that is reported.
 *
 * <p>The size limit applies to one article: a whole text or HTML file, one JSON line, one archived page.
 * JSON Lines and web archives are streamed, so their files may be of any size.
 *
 * <p>Bad input never throws: an empty, binary, oversized or unreadable file, a JSON line that does not
 * parse, a page with no article text, a URL that fails or that robots.txt closes, or a page that makes a
 * library throw becomes a {@link Rejected} naming the input and the problem. Thread-safe.
 */
public final class ArticleReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final UrlFetcher fetcher;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this(maxBytes, null);
    }

    /** @param fetcher for URL inputs; null fetches with {@link UrlFetcher#standard} (public addresses only) */
    public ArticleReader(long maxBytes, UrlFetcher fetcher) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.fetcher = fetcher != null ? fetcher : UrlFetcher.standard(maxBytes, false);
    }

    /** Everything under these paths; {@code -} reads standard input, {@code http(s)://} fetches a page. */
    public Batch read(List<String> paths, InputStream stdin) {
        List<Batch> each = new ArrayList<>();
        for (String p : paths) {
            each.add(p.equals("-") ? readStdin(stdin) : UrlFetcher.isUrl(p) ? readUrl(p) : readPath(Path.of(p)));
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
        List<Batch> each = new ArrayList<>();
        for (Path f : files(path)) {
            each.add(readFile(f));
        }
        return Batch.concat(each);
    }

    public Batch readFile(Path file) {
        String source = file.toString();
        String name = file.getFileName().toString();
        String inner = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        try (Input in = Input.open(Files.newInputStream(file))) {
            byte[] head = in.peek();
            Format format = Format.of(extension(inner), head);
            long size = Files.size(file);
            if (!in.gzipped() && size > maxBytes && format != Format.JSONL && format != Format.WARC) {
                return Batch.rejected(source, "file is " + size + " bytes, over the limit of " + maxBytes
                        + " (raise it with --max-size)");
            }
            return read(source, idOf(inner), format, in, null);
        } catch (AccessDeniedException e) {
            return Batch.rejected(source, "cannot read file: permission denied");
        } catch (NoSuchFileException e) {
            return Batch.rejected(source, "no such file");
        } catch (IOException e) {
            return Batch.rejected(source, "cannot read file: " + e.getMessage());
        }
    }

    private Batch readStdin(InputStream stdin) {
        try {
            Input in = Input.open(stdin);
            return read("-", "stdin", Format.of("", in.peek()), in, null);
        } catch (IOException e) {
            return Batch.rejected("-", "cannot read standard input: " + e.getMessage());
        }
    }

    /** One web page (or feed, or file) fetched from its URL. */
    public Batch readUrl(String url) {
        UrlFetcher.Fetched f = fetcher.fetch(url);
        if (!f.ok()) {
            return Batch.rejected(url, f.problem());
        }
        String type = f.contentType() == null ? "" : f.contentType().toLowerCase(Locale.ROOT);
        String ext = type.contains("html") ? "html" : type.contains("json") ? "json" : type.startsWith("text/plain") ? "txt"
                : type.contains("rss") || type.contains("atom") ? "rss" : "";
        try {
            Input in = Input.open(new java.io.ByteArrayInputStream(f.body()));
            return read(url, UrlFetcher.idOf(f.url()), Format.of(ext, in.peek()), in,
                    Decoder.charsetParameter(f.contentType()), f.url());
        } catch (IOException e) {
            return Batch.rejected(url, "cannot read the page: " + e.getMessage());
        }
    }

    /** One input's bytes, whatever its format (gzipped or not); the extension helps tell the format. */
    public Batch readBytes(String source, String id, String extension, byte[] bytes) {
        try {
            Input in = Input.open(new java.io.ByteArrayInputStream(bytes));
            return read(source, id, Format.of(extension, in.peek()), in, null);
        } catch (IOException e) {
            return Batch.rejected(source, "cannot read: " + e.getMessage());
        }
    }

    private Batch read(String source, String id, Format format, Input in, String charset) throws IOException {
        return read(source, id, format, in, charset, null);
    }

    /**
     * @param charset what the transport declared, or null
     * @param url     where the bytes were fetched from, or null
     */
    private Batch read(String source, String id, Format format, Input in, String charset, String url) throws IOException {
        if (in.peek().length == 0) {
            return Batch.rejected(source, "empty file");
        }
        if (format == Format.JSONL) {
            return new JsonLinesReader(maxBytes).read(source, in);
        }
        if (format == Format.WARC) {
            return new ArchiveReader(maxBytes).read(source, id, in.stream());
        }
        Optional<byte[]> all = in.readAtMost(maxBytes);
        if (all.isEmpty()) {
            return Batch.rejected(source, (in.gzipped() ? "decompressed input" : "input") + " is over the limit of "
                    + maxBytes + " bytes (raise it with --max-size)");
        }
        byte[] bytes = all.get();
        Optional<String> binary = Decoder.binaryProblem(bytes);
        if (binary.isPresent()) {
            return Batch.rejected(source, binary.get());
        }
        switch (format) {
            case FEED:
                return FeedReader.rss(source, id, bytes);
            case JSON_FEED:
                return FeedReader.jsonFeed(source, id, bytes);
            case URLS:
                return readUrls(source, bytes);
            default:
                break;
        }
        Decoder.Decoded decoded = Decoder.decode(bytes, charset, format == Format.HTML);
        List<String> warnings = decoded.warning().map(List::of).orElse(List.of());
        String text = decoded.text();
        if (text.isBlank()) {
            return Batch.rejected(source, "no text (only white space)");
        }
        if (format == Format.HTML) {
            return page(source, id, text, new GivenMetadata(null, null, null, null, url), warnings);
        }
        return Batch.of(new RawArticle(id, source, text, GivenMetadata.NONE, warnings));
    }

    /** A list of URLs, one a line; blank lines and lines starting with # are skipped. */
    private Batch readUrls(String source, byte[] bytes) {
        List<Batch> each = new ArrayList<>();
        String[] lines = Decoder.decode(bytes).text().split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            each.add(UrlFetcher.isUrl(line) ? readUrl(line)
                    : Batch.rejected(source + ":" + (i + 1), "not an http or https URL"));
        }
        return each.isEmpty() ? Batch.rejected(source, "no URLs in the list") : Batch.concat(each);
    }

    /**
     * An HTML page as an article: its main text and metadata, given metadata first. A page the extractor
     * finds no text in is rejected; a library failing on it is a warning, never an exception.
     */
    static Batch page(String source, String id, String html, GivenMetadata given, List<String> warnings) {
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html, given.url());
        if (page.text().isBlank()) {
            return Batch.rejected(source, "HTML page with no article text");
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(page.warnings());
        return Batch.of(new RawArticle(id, source, page.text(), given.or(page.metadata()), all));
    }

    /** One article object of JSON input: {"id", "text" | "html", "url", "outlet", "title", "published"}. */
    public Batch readObject(JsonNode node, String where) {
        Batch.Builder out = new Batch.Builder();
        JsonLinesReader.addArticle(node, where, List.of(), out);
        return out.build();
    }

    static String idOf(Path file) {
        return idOf(file.getFileName().toString());
    }

    private static String idOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
