package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.parallax.model.GivenMetadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pulls an article out of an HTML page: the main text with readability4j (one paragraph per line)
 * and the metadata a news page declares, preferring JSON-LD {@code NewsArticle}, then OpenGraph and
 * {@code article:*} meta tags, then plain {@code <meta>} and {@code <title>}. Thread-safe.
 */
final class HtmlExtractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "backgroundnewsarticle", "webpage");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "figcaption", "td", "th", "tr", "div", "section", "article", "header", "footer",
            "ul", "ol", "table", "main", "aside", "br");

    /**
     * Deeper elements are unwrapped (their content moves up to the ancestor at this depth) before
     * readability4j reads the page: it walks each element's subtree, so a page nested 100,000 levels deep
     * took it over ten minutes (issue 18). Real pages nest a few dozen levels.
     */
    static final int MAX_DEPTH = 256;
    /** Pages with more elements skip readability4j (its scoring is too slow there) and keep their body's text. */
    static final int MAX_ELEMENTS = 100_000;
    /** The warning that makes a page's empty text a page of headings alone. */
    static final String NO_BODY_TEXT = "only a title or headings, no body text";

    /**
     * The main text and the page's metadata; the text is empty when the page holds no article.
     *
     * @param warnings what went wrong on the way that did not stop the page (a library failure, a cut)
     */
    record Extracted(String text, GivenMetadata metadata, List<String> warnings) {
        Extracted {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Whether the text is nothing but the page's title and headings: a page with no body text whose
     * headline would otherwise stand as an article of one line (issue 18).
     */
    static boolean onlyHeadings(String text, Document page, GivenMetadata meta) {
        if (text.isBlank() || text.length() > 2_000) {
            return false;
        }
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (Element h : page.select("h1, h2, h3, h4, h5, h6, title")) {
            headings.add(folded(h.text()));
        }
        if (meta.title() != null) {
            headings.add(folded(meta.title()));
        }
        return text.lines().map(HtmlExtractor::folded).allMatch(l -> l.isEmpty() || headings.contains(l));
    }

    private static String folded(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private HtmlExtractor() {
    }

    static Extracted extract(String html, String uri) {
        List<String> warnings = new ArrayList<>();
        Document page = Jsoup.parse(html, uri == null ? "" : uri);
        int unwrapped = flatten(page, MAX_DEPTH);
        if (unwrapped > 0) {
            warnings.add("HTML nested deeper than " + MAX_DEPTH + " levels: " + unwrapped
                    + " elements below that depth were read as part of their ancestor");
        }
        GivenMetadata meta = metadata(page, uri);
        Element body = page.body() == null ? page : page.body();
        int elements = page.getAllElements().size();
        net.dankito.readability4j.Article article = null;
        String marked = "";
        if (elements > MAX_ELEMENTS) {
            warnings.add(String.format(Locale.ROOT, "HTML page of %,d elements (more than %,d): main text not"
                    + " looked for, the page's whole text is read", elements, MAX_ELEMENTS));
        } else {
            Document work = page.clone();
            int removed = PageCleaner.removeNever(work);
            Optional<Element> markedBody = BodyFinder.find(work);
            PageCleaner.removeFurniture(work, removed, markedBody.orElse(null));
            marked = markedBody.filter(b -> b.parent() != null).map(b -> {
                LinkBlocks.prune(b);
                return paragraphs(b);
            }).orElse("");
            try {
                // readability rewrites the tree it reads, so it gets its own copy
                article = new Readability4JExtended(uri == null ? "" : uri, work).parse();
            } catch (RuntimeException | StackOverflowError e) {
                // a library failing on one page is that page's problem: the page's own text still stands
                warnings.add("readability4j failed on this page (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                        + "); the page's whole text is read");
            }
        }
        Element content = article == null ? null : article.getArticleContent();
        String scored = content == null ? "" : paragraphs(content);
        String text = choose(marked, scored);
        if (text.isBlank()) {
            text = paragraphs(body);
        }
        if (article != null && meta.title() == null && article.getTitle() != null && !article.getTitle().isBlank()) {
            meta = meta.or(new GivenMetadata(article.getTitle().strip(), null, null, null, null));
        }
        if (article != null && meta.author() == null && article.getByline() != null && !article.getByline().isBlank()) {
            meta = meta.or(new GivenMetadata(null, null, null, article.getByline().strip(), null));
        }
        String url = first(meta.url(), uri);
        Optional<PageDates.Found> date = PageDates.find(page, uri != null && !uri.isBlank() ? uri : url, text);
        String published = date.map(f -> f.date().toString()).orElse(null);
        meta = new GivenMetadata(null, null, published, null, null).or(meta);
        if (onlyHeadings(text, page, meta)) {
            warnings.add(NO_BODY_TEXT);
            text = "";
        }
        return new Extracted(text, meta, warnings);
    }

    /**
     * The marked-up body wins unless readability4j scored a much longer text: at least half its length
     * when readability4j's text holds the marked one (the rest of its text is then the question), a fifth
     * when the two are different parts of the page (readability4j then took a list of other stories, or
     * the markup names a teaser). Tuned on the extraction dev pages; see docs/ingest.md for the
     * leave-half-out check.
     */
    static final double CONTAINED_RATIO = 0.5;
    static final double DISJOINT_RATIO = 0.2;

    private static String choose(String marked, String scored) {
        if (marked.isBlank()) {
            return scored;
        }
        double ratio = shared(marked, scored) < 0.5 ? DISJOINT_RATIO : CONTAINED_RATIO;
        return marked.length() >= ratio * scored.length() ? marked : scored;
    }

    /** The share of {@code a}'s lines (by characters) that {@code b} has too. */
    static double shared(String a, String b) {
        java.util.Set<String> lines = new java.util.HashSet<>(java.util.Arrays.asList(b.split("\n")));
        int all = 0;
        int found = 0;
        for (String line : a.split("\n")) {
            all += line.length();
            if (lines.contains(line)) {
                found += line.length();
            }
        }
        return all == 0 ? 0 : (double) found / all;
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * Unwraps every element deeper than {@code maxDepth}, so its children and text belong to its nearest
     * ancestor at that depth; returns how many were unwrapped. Iterative: the depth of the page cannot
     * overflow the stack.
     */
    static int flatten(Document page, int maxDepth) {
        List<Element> deep = new ArrayList<>();
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(page);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int d = depths.pop();
            if (d > maxDepth) {
                deep.add(e);
            }
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(d + 1);
            }
        }
        // deepest first: each unwrap then moves only leaves and text up one level
        for (int i = deep.size() - 1; i >= 0; i--) {
            deep.get(i).unwrap();
        }
        return deep.size();
    }

    /** Text of an element, one line per block element, inline runs joined, white space folded. */
    static String paragraphs(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(root, line, lines);
        flush(line, lines);
        return String.join("\n", lines);
    }

    private static void collect(Node node, StringBuilder line, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")
                        || tag.equals("head") || tag.equals("title")) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    flush(line, lines);
                }
                collect(e, line, lines);
                if (block) {
                    flush(line, lines);
                }
            }
        }
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String s = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
    }

    static GivenMetadata metadata(Document page, String uri) {
        GivenMetadata fromJsonLd = jsonLd(page);
        Map<String, String> metas = metaTags(page);
        GivenMetadata fromMeta = new GivenMetadata(
                first(metas.get("og:title"), metas.get("twitter:title")),
                first(metas.get("og:site_name"), metas.get("application-name"), metas.get("publisher")),
                null,
                first(metas.get("article:author"), metas.get("author"), metas.get("parsely-author")),
                first(metas.get("og:url"), canonical(page)));
        String title = page.title() == null || page.title().isBlank() ? null : page.title().strip();
        return fromJsonLd.or(fromMeta)
                .or(new GivenMetadata(title, null, null, null, null));
    }

    /**
     * The page's {@code <meta>} tags by lower-cased property, name, itemprop or http-equiv, the first
     * non-blank content of each; one pass over the page instead of a query a tag.
     */
    static Map<String, String> metaTags(Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key, content);
                }
            }
        }
        return metas;
    }

    private static GivenMetadata jsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                Optional<JsonNode> article = findArticle(root);
                if (article.isPresent()) {
                    JsonNode a = article.get();
                    return new GivenMetadata(text(a.get("headline")), name(a.get("publisher")),
                            null, name(a.get("author")), text(a.get("url")));
                }
            } catch (java.io.IOException e) {
                // broken JSON-LD is common on real pages: the meta tags still speak
            }
        }
        return GivenMetadata.NONE;
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = findArticle(n);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
        if (node.isObject()) {
            JsonNode type = node.get("@type");
            if (type != null) {
                for (JsonNode t : type.isArray() ? type : List.of(type)) {
                    if (ARTICLE_TYPES.contains(t.asText().toLowerCase(java.util.Locale.ROOT)) && node.has("headline")) {
                        return Optional.of(node);
                    }
                }
            }
            return findArticle(node.get("@graph"));
        }
        return Optional.empty();
    }

    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        if (node.isObject()) {
            return text(node.get("name"));
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("href");
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
