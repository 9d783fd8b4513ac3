package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.time.AbsoluteDates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a web page, from what the page and its address state, most trusted first: a
 * full date in the URL's path ({@code /2023/11/02/}), the publication meta tags of
 * {@code date-meta-names.txt}, JSON-LD {@code datePublished}, schema.org microdata, {@code <time>}
 * elements, and the text of elements named as dates or bylines ("Veröffentlicht am 26. Januar 2022",
 * "Posted on March 3, 2019"), in the languages of {@code month-names.txt}. Dates in comments, related
 * links, footers and copyright lines are never read. A modification date (article:modified_time,
 * dateModified) stands in only when nothing states publication, and the evidence says so. Dates before
 * 1995 or after tomorrow are not publication dates of a web page. Thread-safe.
 */
final class PageDates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** A date and the text that states it (which tag, which words). */
    record Found(LocalDate date, String evidence) {
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String MONTH_NAMES;
    private static final List<String> PUBLISHED_META = new ArrayList<>();
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|",
            lines("date-labels.txt").stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
    private static final List<String> MODIFIED_META = new ArrayList<>();

    static {
        for (String line : lines("month-names.txt")) {
            String[] parts = line.split("\\s+");
            int month = Integer.parseInt(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                MONTHS.putIfAbsent(parts[i], month);
            }
        }
        MONTH_NAMES = MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        for (String line : lines("date-meta-names.txt")) {
            String[] parts = line.split("\\s+");
            (parts[0].equals("published") ? PUBLISHED_META : MODIFIED_META).add(parts[1]);
        }
    }

    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})([/_.-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final Pattern URL_DATE_SLASHED = Pattern.compile(
            "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$|[^0-9])");
    private static final Pattern URL_DATE_DMY = Pattern.compile(
            "(?<![0-9])(0?[1-9]|[12]\\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern YMD = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])");
    private static final Pattern DMY_DOTS = Pattern.compile("(?<![0-9.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)?\\d{2})(?![0-9.])");
    private static final Pattern SLASHED = Pattern.compile("(?<![0-9/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![0-9])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+|of\\s+)?("
            + MONTH_NAMES + ")\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?![0-9])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])(" + MONTH_NAMES
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?![0-9])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Class or id words of elements that show a page's date, its byline or its other facts. */
    private static final Pattern DATE_PLACE = Pattern.compile(
            "(?i)date|datum|time|publish|posted|created|byline|dateline|meta|info|author|submitted|fecha|data|stand");
    /** Parts of a page whose dates are not the page's: comments, related links, footers, sidebars. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?i)comment|related|sidebar|teaser|recommend|popular|trending|more-stories|newsletter|reply|respond");

    private PageDates() {
    }

    /**
     * The page's publication date, or its modification date when only that is stated.
     *
     * @param text the page's main text as extracted, one paragraph a line: a date opening it is read
     *             when the markup states none
     */
    static Optional<Found> find(Document page, String url, String text) {
        LocalDate latest = LocalDate.now().plusDays(1);
        Optional<Found> f = fromUrl(url, latest);
        if (f.isEmpty()) {
            f = fromMeta(page, PUBLISHED_META, latest, "");
        }
        if (f.isEmpty()) {
            f = fromJsonLd(page, "datePublished", latest, "");
        }
        if (f.isEmpty()) {
            f = fromMicrodata(page, latest);
        }
        if (f.isEmpty()) {
            f = fromTimeElements(page, latest);
        }
        if (f.isEmpty()) {
            f = fromDateElements(page, latest);
        }
        if (f.isEmpty()) {
            f = fromLabels(page, latest);
        }
        if (f.isEmpty()) {
            f = fromJsonLd(page, "dateCreated", latest, "");
        }
        if (f.isEmpty() && text != null) {
            f = fromLead(text, latest, page);
        }
        if (f.isEmpty()) {
            f = fromMeta(page, MODIFIED_META, latest, " (modified; no publication date stated)");
        }
        if (f.isEmpty()) {
            f = fromJsonLd(page, "dateModified", latest, " (modified; no publication date stated)");
        }
        return f;
    }

    static Optional<Found> fromUrl(String url, LocalDate latest) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("(?i)^https?://[^/]+", "");
        for (Pattern p : new Pattern[]{URL_DATE_SLASHED, URL_DATE}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                int day = Integer.parseInt(m.group(p == URL_DATE ? 4 : 3));
                int month = Integer.parseInt(m.group(p == URL_DATE ? 3 : 2));
                Optional<LocalDate> d = date(Integer.parseInt(m.group(1)), month, day, latest);
                if (d.isPresent()) {
                    return Optional.of(new Found(d.get(), "URL " + m.group().replaceAll("^/|/$", "")));
                }
            }
        }
        Matcher m = URL_DATE_DMY.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), latest);
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), "URL " + m.group()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> fromMeta(Document page, List<String> names, LocalDate latest, String note) {
        Map<String, String> metas = HtmlExtractor.metaTags(page);
        for (String name : names) {
            String value = metas.get(name);
            Optional<LocalDate> d = value == null ? Optional.empty() : parse(value, latest, page);
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), "meta " + name + " " + value.strip() + note));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> fromJsonLd(Document page, String field, LocalDate latest, String note) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException | RuntimeException e) {
                continue; // broken JSON-LD is common on real pages: the other sources still speak
            }
            Optional<String> value = firstField(root, field, 0);
            Optional<LocalDate> d = value.flatMap(v -> parse(v, latest, page));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), "JSON-LD " + field + " " + value.get() + note));
            }
        }
        return Optional.empty();
    }

    /** The first value of a field anywhere in a JSON-LD tree, breadth first (the page's own node before nested ones). */
    private static Optional<String> firstField(JsonNode node, String field, int depth) {
        if (node == null || depth > 8) {
            return Optional.empty();
        }
        if (node.isObject() && node.hasNonNull(field) && node.get(field).isValueNode()) {
            return Optional.of(node.get(field).asText());
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                Optional<String> f = firstField(child, field, depth + 1);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> fromMicrodata(Document page, LocalDate latest) {
        for (Element e : page.select("[itemprop=datePublished], [itemprop=dateCreated], body [property*=date][content], "
                + "body [property*=created][content], body [property*=published][content]")) {
            if (isElsewhere(e)) {
                continue;
            }
            for (String value : new String[]{e.attr("content"), e.attr("datetime"), e.text()}) {
                Optional<LocalDate> d = value.isBlank() ? Optional.empty() : parse(value, latest, page);
                if (d.isPresent()) {
                    return Optional.of(new Found(d.get(), "itemprop datePublished " + value.strip()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> fromTimeElements(Document page, LocalDate latest) {
        Element first = null;
        for (Element t : page.select("time[datetime], abbr.published[title]")) {
            if (isElsewhere(t)) {
                continue;
            }
            String names = (t.className() + " " + t.id() + " " + t.parent().className()).toLowerCase(Locale.ROOT);
            boolean published = t.hasAttr("pubdate") || names.contains("publish") || names.contains("entry-date")
                    || names.contains("post-date");
            if (published || names.contains("updated") || names.contains("modified")) {
                if (!published) {
                    continue;
                }
                Optional<Found> f = timeValue(t, latest, page);
                if (f.isPresent()) {
                    return f;
                }
            }
            first = first == null ? t : first;
        }
        return first == null ? Optional.empty() : timeValue(first, latest, page);
    }

    private static Optional<Found> timeValue(Element t, LocalDate latest, Document page) {
        String value = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("title");
        return parse(value, latest, page).map(d -> new Found(d, "<time> " + value.strip()));
    }

    private static Optional<Found> fromDateElements(Document page, LocalDate latest) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.getAllElements()) {
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !DATE_PLACE.matcher(names).find() || isElsewhere(e)) {
                continue;
            }
            String text = e.text();
            text = text.length() > 250 ? text.substring(0, 250) : text;
            if (text.isEmpty() || text.contains("©") || text.toLowerCase(Locale.ROOT).contains("copyright")) {
                continue;
            }
            Optional<Found> f = inText(text, latest, page);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** A date right after a label that introduces one ("Veröffentlicht am 16.08.2019"), anywhere but elsewhere. */
    private static Optional<Found> fromLabels(Document page, LocalDate latest) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.getAllElements()) {
            if (e.normalName().equals("script") || e.normalName().equals("style")) {
                continue;
            }
            for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                Matcher m = LABEL.matcher(t.text());
                if (!m.find() || isElsewhere(e)) {
                    continue;
                }
                // the date may sit in the next element ("<h5>Datum:</h5>03.11.2021"): read on in the parent's text
                String around = (e.parent() == null ? e : e.parent()).text();
                Matcher again = LABEL.matcher(around);
                while (again.find()) {
                    String after = around.substring(again.end(), Math.min(around.length(), again.end() + 40));
                    Optional<Found> f = inText(after, latest, page);
                    if (f.isPresent()) {
                        return Optional.of(new Found(f.get().date(), around.substring(again.start(),
                                Math.min(around.length(), again.end() + 40)).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A date on one of the main text's first lines, within its first words ("01.02.2022 „Der Arbeitsmarkt ..."). */
    private static Optional<Found> fromLead(String text, LocalDate latest, Document page) {
        String[] lines = text.split("\n", 4);
        for (int i = 0; i < Math.min(3, lines.length); i++) {
            String head = lines[i].length() > LEAD_CHARS ? lines[i].substring(0, LEAD_CHARS) : lines[i];
            int digit = 0;
            while (digit < head.length() && !Character.isDigit(head.charAt(digit))) {
                digit++;
            }
            if (head.substring(0, digit).codePoints().anyMatch(Character::isLetter)) {
                continue; // "Seit dem 1. Januar 2022 ...": a date in a sentence, not a dateline
            }
            Optional<Found> f = inText(head, latest, page);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** How far into a line a dateline's date may start (after its label). */
    static final int LEAD_CHARS = 40;

    /**
     * Whether an element sits in a part of the page whose dates are not the page's: a comment, a list of
     * related links, a sidebar, or the page's own footer (a footer inside an article is the article's,
     * and often where its date is). The body's and html's classes describe the whole page, not a part.
     */
    private static boolean isElsewhere(Element e) {
        boolean inArticle = false;
        for (Element a = e; a != null && a.parent() != null; a = a.parent()) {
            inArticle |= a.normalName().equals("article") || a.normalName().equals("main");
        }
        for (Element a = e; a != null && !a.normalName().equals("body") && !a.normalName().equals("html"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("nav") || (tag.equals("footer") && !inArticle)) {
                return true;
            }
            if (tag.equals("article") || tag.equals("main")) {
                return false; // the article's own element: its classes speak of the layout around it
            }
            String names = a.className() + " " + a.id();
            if (!names.isBlank() && ELSEWHERE.matcher(names).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first full date written in some text, in any of the known forms and languages. */
    static Optional<Found> inText(String text, LocalDate latest, Document page) {
        Found best = null;
        int bestStart = Integer.MAX_VALUE;
        boolean monthFirst = monthFirst(page);
        for (Pattern p : new Pattern[]{YMD, DMY_DOTS, SLASHED, DAY_MONTH, MONTH_DAY}) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < bestStart) {
                Optional<LocalDate> d = Optional.empty();
                if (p == YMD) {
                    d = date(num(m, 1), num(m, 2), num(m, 3), latest);
                } else if (p == DMY_DOTS) {
                    int y = num(m, 3);
                    d = date(y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y, num(m, 2), num(m, 1), latest);
                } else if (p == SLASHED) {
                    int a = num(m, 1);
                    int b = num(m, 2);
                    d = monthFirst && a <= 12 ? date(num(m, 3), a, b, latest) : date(num(m, 3), b, a, latest);
                } else if (p == DAY_MONTH) {
                    d = month(m.group(2)).flatMap(mo -> date(num(m, 3), mo, num(m, 1), latest));
                } else {
                    d = month(m.group(1)).flatMap(mo -> date(num(m, 3), mo, num(m, 2), latest));
                }
                if (d.isPresent()) {
                    best = new Found(d.get(), text.strip().length() > 120 ? m.group() : text.strip());
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A date value from a tag: ISO first, then any written form. */
    private static Optional<LocalDate> parse(String value, LocalDate latest, Document page) {
        Optional<LocalDate> iso = AbsoluteDates.parseIso(value);
        if (iso.isPresent()) {
            return iso.filter(d -> !d.isBefore(EARLIEST) && !d.isAfter(latest));
        }
        return inText(value, latest, page).map(Found::date);
    }

    /** US pages write 03/04/2020 for March 4; everyone else for 3 April. */
    private static boolean monthFirst(Document page) {
        if (page == null) {
            return false;
        }
        String lang = page.select("html").attr("lang").toLowerCase(Locale.ROOT);
        return lang.equals("en-us") || lang.equals("en");
    }

    private static Optional<Integer> month(String name) {
        return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<LocalDate> date(int year, int month, int day, LocalDate latest) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return d.isBefore(EARLIEST) || d.isAfter(latest) ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PageDates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
