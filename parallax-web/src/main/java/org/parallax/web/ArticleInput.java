package org.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

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
        Batch batch;
        Optional<JsonNode> single = first == '{' ? singleObject(text) : Optional.empty();
        if (single.isPresent()) {
            batch = reader.readObject(single.get(), "request");
        } else {
            batch = reader.readBytes("request", "request", "jsonl", body);
        }
        return checked(batch);
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

    private Batch checked(Batch batch) {
        List<RawArticle> ok = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>(batch.rejected());
        for (RawArticle a : batch.articles()) {
            if (a.id().length() > MAX_ID || a.id().isBlank() || a.id().chars().anyMatch(ArticleInput::unsafeInId)) {
                rejected.add(new Rejected(a.source(), "id must be 1 to " + MAX_ID + " characters, without control,"
                        + " format or bidi characters"));
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

    /** Control characters, and format characters (bidi overrides, zero-width joiners) that hide what an id says. */
    private static boolean unsafeInId(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    private static Optional<JsonNode> singleObject(String text) {
        try {
            JsonNode node = STRICT.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            // not one object: JSON Lines, or broken JSON that the line reader reports line by line
            return Optional.empty();
        }
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
