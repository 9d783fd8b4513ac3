package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of input Parallax reads, told from a file's extension (after any {@code .gz}), else from its
 * first bytes. Thread-safe.
 */
enum Format {
    /** One article a file. */
    TEXT,
    /** One web page a file; its main text is extracted. */
    HTML,
    /** One article object a line (or a JSON array of them), read line by line. */
    JSONL,
    /** RSS or Atom: one article an item. */
    FEED,
    /** JSON Feed 1.x: one article an item. */
    JSON_FEED,
    /** A web archive: one article an HTML response record. */
    WARC,
    /** A list of web addresses, one a line: each page fetched. */
    URLS;

    /** The format of an input named with this extension (lower case, no dot) whose first bytes are these. */
    static Format of(String extension, byte[] head) {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        String start = sniffable(head);
        switch (ext) {
            case "jsonl": case "ndjson":
                return JSONL;
            case "json":
                return start.contains("jsonfeed.org/version") ? JSON_FEED : JSONL;
            case "html": case "htm": case "xhtml": case "shtml":
                return HTML;
            case "txt": case "text": case "md":
                return TEXT;
            case "warc":
                return WARC;
            case "rss": case "atom":
                return FEED;
            case "urls":
                return URLS;
            default:
                return sniff(start);
        }
    }

    private static Format sniff(String start) {
        String head = start.stripLeading();
        if (head.startsWith("WARC/")) {
            return WARC;
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return start.contains("jsonfeed.org/version") ? JSON_FEED : JSONL;
        }
        String lower = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
                || lower.startsWith("<rdf:rdf")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return FEED;
            }
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                || lower.contains("<body") || lower.contains("<head")) {
            return HTML;
        }
        return TEXT;
    }

    /**
     * The first bytes as Latin-1 (every byte one char), with a UTF-8 byte order mark dropped; UTF-16 and
     * UTF-32 are decoded first, so that a page saved as UTF-16 is still seen to be a page.
     */
    private static String sniffable(byte[] head) {
        java.util.Optional<java.nio.charset.Charset> wide = Decoder.unicode(head);
        if (wide.isPresent()) {
            int skip = Decoder.bom(head).isPresent() ? Decoder.bomLength(wide.get()) : 0;
            return new String(head, skip, head.length - skip, wide.get());
        }
        int skip = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(head, skip, Math.max(0, head.length - skip), StandardCharsets.ISO_8859_1);
    }
}
