package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.time.AbsoluteDates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads news feeds: RSS 0.9x/1.0/2.0 and Atom with ROME, JSON Feed 1.x with Jackson. Each item is an
 * article: its full content when the feed carries it, else its summary, as text (HTML content is read
 * paragraph by paragraph, never through the main-text extractor: a feed item is all article); its link,
 * title, author and publication date are given metadata, the feed's title its outlet. A DOCTYPE
 * declaration is refused (entity expansion is the XML bomb), and an item with no text is rejected alone.
 * Thread-safe.
 */
final class FeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedReader() {
    }

    /** An RSS or Atom document. */
    static Batch rss(String source, String id, byte[] bytes) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            // XmlReader reads the charset from the XML declaration or a byte order mark
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : JsonLinesReader.firstLine(e.getMessage());
            if (m.toLowerCase(Locale.ROOT).contains("doctype")) {
                return Batch.rejected(source, "feed has a DOCTYPE declaration, which is refused (entity expansion)");
            }
            return Batch.rejected(source, "not a readable RSS or Atom feed: " + m);
        }
        String outlet = blankToNull(feed.getTitle());
        Batch.Builder out = new Batch.Builder();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String html = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    html = (html == null ? "" : html + "\n") + asHtml(c);
                }
            }
            boolean summaryOnly = html == null;
            if (summaryOnly && e.getDescription() != null) {
                html = asHtml(e.getDescription());
            }
            String published = date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
            GivenMetadata given = new GivenMetadata(blankToNull(e.getTitle()), outlet, published,
                    blankToNull(e.getAuthor()), blankToNull(e.getLink()));
            item(source, id, n, html, summaryOnly, given, out);
        }
        if (out.size() == 0) {
            out.reject(source, "feed has no items");
        }
        return out.build();
    }

    /** A JSON Feed ({@code {"version": "https://jsonfeed.org/version/1.1", "items": [...]}}). */
    static Batch jsonFeed(String source, String id, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(Decoder.decodeJson(bytes).text());
        } catch (IOException e) {
            return Batch.rejected(source, "not a readable JSON Feed: " + JsonLinesReader.firstLine(e.getMessage()));
        }
        JsonNode items = root == null ? null : root.get("items");
        if (items == null || !items.isArray()) {
            return Batch.rejected(source, "JSON Feed has no \"items\" array");
        }
        String outlet = text(root.get("title"));
        Batch.Builder out = new Batch.Builder();
        int n = 0;
        for (JsonNode item : items) {
            n++;
            String html = text(item.get("content_html"));
            String plain = text(item.get("content_text"));
            boolean summaryOnly = html == null && plain == null;
            String body = html != null ? html : plain != null ? escape(plain) : escape(text(item.get("summary")));
            String published = text(item.get("date_published"));
            GivenMetadata given = new GivenMetadata(text(item.get("title")), outlet,
                    published == null ? null : AbsoluteDates.parseIso(published).map(Object::toString).orElse(null),
                    author(item), text(item.get("url")));
            item(source, id, n, body, summaryOnly, given, out);
        }
        if (out.size() == 0) {
            out.reject(source, "feed has no items");
        }
        return out.build();
    }

    private static void item(String source, String id, int n, String html, boolean summaryOnly, GivenMetadata given,
                             Batch.Builder out) {
        String where = source + " item " + n;
        String text = html == null ? "" : HtmlExtractor.paragraphs(Jsoup.parseBodyFragment(html).body());
        if (text.isBlank()) {
            out.reject(where, "feed item has no text");
            return;
        }
        List<String> warnings = summaryOnly ? List.of("the feed gives only this item's summary, not its full text")
                : List.of();
        out.add(new RawArticle(id + "-" + n, given.url() != null ? given.url() : where, text, given, warnings));
    }

    private static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "text/html" : c.getType().toLowerCase(Locale.ROOT);
        return type.contains("html") ? c.getValue() : escape(c.getValue());
    }

    /** Plain text as HTML paragraphs, so both kinds of content are read alike. */
    private static String escape(String plain) {
        if (plain == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : plain.split("\n")) {
            out.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>");
        }
        return out.toString();
    }

    private static String author(JsonNode item) {
        JsonNode authors = item.get("authors");
        if (authors != null && authors.isArray() && !authors.isEmpty()) {
            List<String> names = new ArrayList<>();
            authors.forEach(a -> {
                String name = text(a.get("name"));
                if (name != null) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        JsonNode author = item.get("author");
        return author == null ? null : text(author.get("name"));
    }

    private static String date(Date d) {
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
