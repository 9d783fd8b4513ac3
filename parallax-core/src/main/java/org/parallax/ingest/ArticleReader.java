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

    /** The files a path stands for, in a stable order; see {@link #walk} for what is skipped and why. */
    public static List<Path> files(Path path) {
        return walk(path).files();
    }

    /**
     * What a folder holds for reading: its regular files (symbolic links followed) in name order, and a
     * line for each entry that is skipped for a reason a user would want to hear: a symbolic link loop, a
     * dangling link, a named pipe, socket or device (reading one would block or never end), a folder that
     * cannot be read. Hidden files and folders and project files ({@code README}, {@code LICENSE} ...) are
     * skipped quietly, as documented. A path that is not a folder is the one file.
     */
    record Listing(List<Path> files, List<Rejected> skipped) {
    }

    static Listing walk(Path root) {
        if (!Files.isDirectory(root)) {
            return new Listing(List.of(root), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<Rejected> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                                    : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (hidden(file) || isProjectFile(file)) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                files.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                // with links followed, a link whose target cannot be read arrives as itself
                                skipped.add(new Rejected(file.toString(), "symbolic link to " + linkTarget(file)
                                        + ", which does not exist: skipped"));
                            } else {
                                skipped.add(new Rejected(file.toString(), "not a regular file (" + kind(file)
                                        + "): skipped"));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof java.nio.file.FileSystemLoopException) {
                                skipped.add(new Rejected(file.toString(), "symbolic link loop (it leads back to a folder"
                                        + " above it): skipped"));
                            } else if (e instanceof AccessDeniedException) {
                                skipped.add(new Rejected(file.toString(), "cannot read folder: permission denied"));
                            } else {
                                skipped.add(new Rejected(file.toString(), "cannot read: " + e));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            skipped.add(new Rejected(root.toString(), "cannot read folder: " + e.getMessage()));
        }
        files.sort(null);
        return new Listing(files, skipped);
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static String linkTarget(Path link) {
        try {
            return "\"" + Files.readSymbolicLink(link) + "\"";
        } catch (IOException | UnsupportedOperationException e) {
            return "a path";
        }
    }

    /** What kind of special file this is, as {@code ls -l} would tell. */
    private static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
            int type = ((Integer) mode) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
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
            return Batch.rejected(path.toString(), Files.isSymbolicLink(path)
                    ? "symbolic link to " + linkTarget(path) + ", which does not exist" : "no such file or folder");
        }
        Listing listing = walk(path);
        List<Batch> each = new ArrayList<>();
        for (Path f : listing.files()) {
            each.add(readFile(f));
        }
        each.add(new Batch(List.of(), listing.skipped()));
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
            Optional<java.nio.charset.Charset> wide = Decoder.unicode(in.peek());
            // lines are split on byte 10, which UTF-16 and UTF-32 spread over two or four bytes
            return new JsonLinesReader(maxBytes).read(source, wide.isPresent() ? in.transcodedToUtf8(wide.get()) : in);
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
            return Batch.rejected(source, "HTML page with no article text"
                    + (page.warnings().contains(HtmlExtractor.NO_BODY_TEXT) ? " (" + HtmlExtractor.NO_BODY_TEXT + ")" : ""));
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
