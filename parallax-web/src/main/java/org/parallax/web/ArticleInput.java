package org.parallax.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns request bodies, uploaded files and pasted text into articles, through the same
 * {@link ArticleReader} as the command line, so the fields and checks are the JSON Lines input's. Adds
 * the web's own limits: per-article size, id length, accepted file types. Nothing here touches the
 * file system: an uploaded file's name only becomes an article id. Thread-safe.
 */
final class ArticleInput {
    static final int MAX_ID = 200;
    static final int MAX_ARTICLES = 10_000;
    static final int MAX_TITLE = 1_000;
    static final int MAX_OUTLET = 300;
    static final int MAX_AUTHOR = 500;
    static final int MAX_URL = 2_048;
    static final int MAX_DATE = 100;
    /** Deepest JSON nesting accepted: an article object in an array holds a few levels at most. */
    static final int MAX_DEPTH = 32;
    private static final JsonFactory DEPTH = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
    static final Set<String> UPLOAD_TYPES = Set.of("txt", "text", "md", "html", "htm", "json", "jsonl", "ndjson");
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ArticleReader reader;
    private final long maxArticleBytes;

    ArticleInput(long maxArticleBytes) {
        this.reader = new ArticleReader(maxArticleBytes * 64);
        this.maxArticleBytes = maxArticleBytes;
    }

    /** A JSON body: one article object, an array of them, or JSON Lines. */
    Batch fromJson(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw WebError.badRequest("empty request: send an article object, an array of them, or JSON Lines");
        }
        char first = text.charAt(0);
        if (first != '{' && first != '[') {
            throw WebError.badRequest("expected JSON: an article object {\"id\", \"text\" | \"html\", ...},"
                    + " an array of them, or JSON Lines");
        }
        checkDepth(text);
        JsonNode whole;
        try {
            whole = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            // not one JSON value: JSON Lines when its first line is an object of its own, else malformed
            if (first == '{' && firstLineIsObject(text)) {
                return checked(reader.readBytes("request", "request", "jsonl", body));
            }
            throw WebError.badRequest("malformed JSON" + where(e) + ": " + e.getOriginalMessage()
                    + " (send an article object, an array of them, or JSON Lines)");
        }
        if (whole != null && whole.isObject()) {
            return checked(reader.readObject(whole, "request"));
        }
        // an array, parsed already: each element read as the JSON Lines reader reads an array's
        List<Batch> each = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            each.add(reader.readObject(whole.get(i), "request[" + i + "]"));
        }
        return checked(Batch.concat(each));
    }

    /** Refuses JSON nested deeper than {@link #MAX_DEPTH}: no article needs it, and deep nesting costs stack. */
    private static void checkDepth(String text) {
        try (JsonParser p = DEPTH.createParser(text)) {
            while (p.nextToken() != null) {
                // reading is the check
            }
        } catch (StreamConstraintsException e) {
            throw WebError.badRequest("JSON is nested deeper than " + MAX_DEPTH + " levels");
        } catch (IOException e) {
            // a syntax error: reported by the parse that follows, with its place
        }
    }

    private static boolean firstLineIsObject(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return false;
        }
        try {
            JsonNode line = STRICT.readTree(text.substring(0, end));
            return line != null && line.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** An uploaded file; its name gives the article id and, by extension, the format. */
    Batch fromUpload(String fileName, byte[] bytes) {
        String name = fileName == null ? "upload" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (!UPLOAD_TYPES.contains(ext)) {
            return Batch.rejected(safeId(name), "file type ." + ext + " is not accepted: use "
                    + String.join(", ", UPLOAD_TYPES.stream().sorted().toList()));
        }
        if (bytes.length > maxArticleBytes && !ext.startsWith("json") && !ext.equals("ndjson")) {
            return Batch.rejected(safeId(name), "file is " + bytes.length + " bytes, over the limit of " + maxArticleBytes);
        }
        return checked(reader.readBytes("upload " + safeId(name), safeId(stem), ext, bytes));
    }

    /** Pasted text: JSON when it looks like JSON, else one plain-text article. */
    Batch fromPaste(String text, String title, String outlet) {
        if (text == null || text.isBlank()) {
            return new Batch(List.of(), List.of());
        }
        String stripped = text.strip();
        if (stripped.startsWith("{") || stripped.startsWith("[")) {
            return fromJson(stripped.getBytes(StandardCharsets.UTF_8));
        }
        GivenMetadata given = new GivenMetadata(blankToNull(title), blankToNull(outlet), null, null, null);
        String id = "paste-" + sha256(text).substring(0, 12);
        return checked(Batch.of(new RawArticle(id, "pasted", text, given, List.of())));
    }

    /**
     * The web's checks on articles read by the shared readers: ids, sizes of the text and of each metadata
     * field, articles per request, each id once. NUL characters (which PostgreSQL cannot hold) become U+FFFD,
     * keeping every offset.
     */
    Batch checked(Batch batch) {
        List<RawArticle> ok = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>(batch.rejected());
        for (RawArticle read : batch.articles()) {
            RawArticle a = withoutNul(read);
            Optional<String> field = oversizedField(a.given());
            if (a.id().length() > MAX_ID || a.id().isBlank() || a.id().chars().anyMatch(ArticleInput::unsafeInId)) {
                rejected.add(new Rejected(a.source(), "id must be 1 to " + MAX_ID + " characters, without control,"
                        + " format or bidi characters"));
            } else if (field.isPresent()) {
                rejected.add(new Rejected(a.source() + " (" + a.id() + ")", field.get()));
            } else if (a.original().length() > maxArticleBytes) {
                rejected.add(new Rejected(a.source() + " (" + a.id() + ")", "article is " + a.original().length()
                        + " characters, over the limit of " + maxArticleBytes));
            } else if (ok.size() >= MAX_ARTICLES) {
                rejected.add(new Rejected(a.source() + " (" + a.id() + ")", "more than " + MAX_ARTICLES + " articles in one request"));
            } else {
                ok.add(a);
            }
        }
        return new Batch(ok, rejected).distinctIds();
    }

    /** Why one of the metadata fields is too long to be a title, an outlet ..., or empty. */
    static Optional<String> oversizedField(GivenMetadata g) {
        String[][] fields = {{"title", g.title(), "" + MAX_TITLE}, {"outlet", g.outlet(), "" + MAX_OUTLET},
                {"author", g.author(), "" + MAX_AUTHOR}, {"url", g.url(), "" + MAX_URL}, {"published", g.published(), "" + MAX_DATE}};
        for (String[] f : fields) {
            if (f[1] != null && f[1].length() > Integer.parseInt(f[2])) {
                return Optional.of("\"" + f[0] + "\" is " + f[1].length() + " characters, over the limit of " + f[2]);
            }
        }
        return Optional.empty();
    }

    private static RawArticle withoutNul(RawArticle a) {
        if (a.original().indexOf('\u0000') < 0 && a.id().indexOf('\u0000') < 0) {
            return a;
        }
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.add("NUL characters replaced by U+FFFD");
        return new RawArticle(a.id().replace('\u0000', '\uFFFD'), a.source(), a.original().replace('\u0000', '\uFFFD'),
                a.given(), warnings);
    }

    /** Control characters, and format characters (bidi overrides, zero-width joiners) that hide what an id says. */
    private static boolean unsafeInId(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    /** Letters, digits, dot, dash and underscore only: an uploaded name is shown and used as an id. */
    static String safeId(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{M}\\p{N}._-]+", "_");
        s = s.replaceAll("^[._]+", "");
        if (s.isEmpty()) {
            s = "upload";
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
