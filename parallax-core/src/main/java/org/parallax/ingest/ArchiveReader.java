package org.parallax.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads web archives (WARC 1.0/1.1, plain or gzipped per record, as Common Crawl's news crawl publishes
 * them) with jwarc, one record at a time. Each HTML response (HTTP status 2xx) or HTML resource record is
 * a page: its body is decoded by the HTTP {@code Content-Encoding} and charset, its main text extracted,
 * and the record's target URL is given metadata. Requests, metadata, redirects and non-HTML payloads
 * (images, scripts, PDFs) are not articles and are passed over; a record over the size limit or one
 * jwarc cannot parse is rejected alone, named by file and record number. Thread-safe.
 *
 * <p>The record's capture date stands for the publication date only when the page states none, with a
 * warning saying so: a news crawl fetches pages within hours of publication, but it fetches old pages too.
 */
final class ArchiveReader {
    private final long maxBytes;

    ArchiveReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Batch read(String source, String id, InputStream in) {
        Batch.Builder out = new Batch.Builder();
        int number = 0;
        int pages = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    out.reject(source + " record " + (number + 1), "not a readable WARC record: " + message(e)
                            + "; the rest of the archive is not read");
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                String where = source + " record " + number;
                try {
                    Optional<Page> page = page(next.get());
                    if (page.isEmpty()) {
                        continue;
                    }
                    pages++;
                    Page p = page.get();
                    String recordSource = p.url == null ? where : p.url;
                    if (p.tooLarge) {
                        out.reject(where + (p.url == null ? "" : " (" + p.url + ")"),
                                "page is over the limit of " + maxBytes + " bytes (raise it with --max-size)");
                        continue;
                    }
                    Decoder.Decoded text = Decoder.decode(p.bytes, p.charset, true);
                    List<String> warnings = text.warning().map(List::of).orElse(List.of());
                    Batch b = ArticleReader.page(recordSource, id + "-" + pages, text.text(),
                            new GivenMetadata(null, null, null, null, p.url), warnings);
                    String captured = isoDate(next.get().date());
                    for (RawArticle a : b.articles()) {
                        out.add(a.given().published() != null || captured == null ? a : withCaptureDate(a, captured));
                    }
                    b.rejected().forEach(r -> out.reject(where + (p.url == null ? "" : " (" + p.url + ")"), r.problem()));
                } catch (IOException | RuntimeException e) {
                    out.reject(where, "cannot read this WARC record: " + message(e));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.reject(source, "not a readable WARC file: " + message(e));
        }
        if (out.size() == 0) {
            out.reject(source, "web archive holds no HTML pages (" + number + " records)");
        }
        return out.build();
    }

    private static RawArticle withCaptureDate(RawArticle a, String captured) {
        List<String> warnings = new java.util.ArrayList<>(a.warnings());
        warnings.add("the page states no publication date: the archive's capture date " + captured + " is used");
        return new RawArticle(a.id(), a.source(), a.original(),
                a.given().or(new GivenMetadata(null, null, captured, null, null)), warnings);
    }

    /** An HTML page a record holds: its bytes (or that it is too large), charset and URL. */
    private record Page(byte[] bytes, boolean tooLarge, String charset, String url) {
    }

    private Optional<Page> page(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            MediaType type = response.contentType();
            if (!type.base().equals(MediaType.HTTP_RESPONSE.base()) && !type.base().equals(MediaType.HTTP.base())) {
                return Optional.empty(); // a response in another protocol (gemini, dns)
            }
            org.netpreserve.jwarc.HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return Optional.empty();
            }
            MediaType payload = http.contentType();
            if (!isHtml(payload)) {
                return Optional.empty();
            }
            return Optional.of(body(http.bodyDecoded(), payload, response.target()));
        }
        if (record instanceof WarcResource resource) {
            MediaType payload = resource.contentType();
            if (!isHtml(payload)) {
                return Optional.empty();
            }
            return Optional.of(body(resource.body(), payload, resource.target()));
        }
        return Optional.empty();
    }

    private Page body(MessageBody body, MediaType type, String url) throws IOException {
        InputStream in = body.stream();
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes);
        byte[] bytes = in.readNBytes(cap);
        boolean tooLarge = bytes.length == cap && in.read() >= 0;
        String charset = type.parameters().get("charset");
        return new Page(tooLarge ? new byte[0] : bytes, tooLarge, charset, url);
    }

    private static boolean isHtml(MediaType type) {
        String t = type.base().toString().toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : JsonLinesReader.firstLine(e.getMessage());
    }

    static String isoDate(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
