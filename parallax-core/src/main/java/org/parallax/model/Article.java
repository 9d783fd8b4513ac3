package org.parallax.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One cleaned article, the document object that flows through the per-article stages. Each stage
 * fills its own layer ({@link #sentences()}, {@link #times()}, {@link #mentions()}) and returns a copy.
 *
 * @param original  the text all offsets refer to (see {@link RawArticle#original()})
 * @param outlet    who published it, or null when nothing says
 * @param title     the headline, or null when the article has none
 * @param published publication date, or null when unknown
 * @param dateline  the place in the dateline ("ANKARA"), or null
 * @param credits   agencies and reports the article credits ("AP", "agency", "WNAM REPORT")
 * @param body      the kept passages of the original, in order
 * @param removed   what cleaning took out, with the reason
 * @param meanings  sentence vectors for the story stages that compare meaning (see {@link Meanings})
 * @param undatedTimes SUTime's reading without a date, kept for a date found later (see {@link UndatedTimes})
 */
public record Article(
        String id, String source, String original,
        String outlet, String title, Published published, String dateline, String author, String url,
        List<String> credits, List<Passage> body, List<Removed> removed,
        List<Sentence> sentences, List<TimeExpression> times, List<Mention> mentions,
        List<String> warnings, Meanings meanings, UndatedTimes undatedTimes) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(original, "original");
        credits = List.copyOf(credits);
        body = List.copyOf(body);
        removed = List.copyOf(removed);
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
        mentions = List.copyOf(mentions);
        warnings = List.copyOf(warnings);
        meanings = meanings == null ? Meanings.NONE : meanings;
        undatedTimes = undatedTimes == null ? UndatedTimes.NONE : undatedTimes;
    }

    /** An article without sentence vectors (before the article pipeline's last stage). */
    public Article(String id, String source, String original, String outlet, String title, Published published,
                   String dateline, String author, String url, List<String> credits, List<Passage> body,
                   List<Removed> removed, List<Sentence> sentences, List<TimeExpression> times,
                   List<Mention> mentions, List<String> warnings) {
        this(id, source, original, outlet, title, published, dateline, author, url, credits, body, removed,
                sentences, times, mentions, warnings, Meanings.NONE, UndatedTimes.NONE);
    }

    /**
     * A hash of the id and the text's length only: articles are keys of maps and parts of records that are
     * (claims' candidates, quotes' occurrences), and hashing every sentence and token made each lookup cost
     * as much as the article (issue 18: a 2 MB article never finished). Equal articles still hash alike.
     */
    @Override
    public int hashCode() {
        return 31 * id.hashCode() + original.length();
    }

    /** The cleaned body: kept passages of one paragraph joined by a space, paragraphs by a blank line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        int paragraph = -1;
        for (Passage p : body) {
            if (out.length() > 0) {
                out.append(p.paragraph() == paragraph ? " " : "\n\n");
            }
            out.append(original, p.span().start(), p.span().end());
            paragraph = p.paragraph();
        }
        return out.toString();
    }

    /** The original text of a span of this article. */
    public String textOf(Span span) {
        return span.of(original);
    }

    public Article withPublished(Published value) {
        return new Article(id, source, original, outlet, title, value, dateline, author, url, credits, body,
                removed, sentences, times, mentions, warnings, meanings, undatedTimes);
    }

    public Article withSentences(List<Sentence> value) {
        return new Article(id, source, original, outlet, title, published, dateline, author, url, credits, body,
                removed, value, times, mentions, warnings, meanings, undatedTimes);
    }

    public Article withTimes(List<TimeExpression> value) {
        return new Article(id, source, original, outlet, title, published, dateline, author, url, credits, body,
                removed, sentences, value, mentions, warnings, meanings, undatedTimes);
    }

    public Article withMentions(List<Mention> value) {
        return new Article(id, source, original, outlet, title, published, dateline, author, url, credits, body,
                removed, sentences, times, value, warnings, meanings, undatedTimes);
    }

    public Article withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return new Article(id, source, original, outlet, title, published, dateline, author, url, credits, body,
                removed, sentences, times, mentions, all, meanings, undatedTimes);
    }

    public Article withMeanings(Meanings value) {
        return new Article(id, source, original, outlet, title, published, dateline, author, url, credits, body,
                removed, sentences, times, mentions, warnings, value, undatedTimes);
    }

    public Article withUndatedTimes(UndatedTimes value) {
        return new Article(id, source, original, outlet, title, published, dateline, author, url, credits, body,
                removed, sentences, times, mentions, warnings, meanings, value);
    }

    /** The name a reader knows this article by: its outlet, else its id. */
    public String displayName() {
        return outlet != null ? outlet : id;
    }

    /** The host of a URL, or null when there is none or it does not parse. */
    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new java.net.URI(url.strip()).getHost();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * The name for running prose, where an id reads as noise: its outlet, else its web site, else the
     * first words of its title (or, untitled, of its first sentence) in quotes, else its id.
     */
    public String proseName() {
        if (outlet != null) {
            return outlet;
        }
        String host = hostOf(url);
        if (host != null && !host.isBlank()) {
            return host.startsWith("www.") ? host.substring(4) : host;
        }
        String opening = title != null && !title.isBlank() ? title : sentences.isEmpty() ? null : sentences.get(0).text();
        if (opening != null) {
            String[] words = opening.strip().replaceAll("[\u201c\u201d\"]", "").split("\\s+");
            return words.length <= 6 ? "\u201c" + String.join(" ", words) + "\u201d"
                    : "\u201c" + String.join(" ", java.util.Arrays.copyOf(words, 5)) + "\u2026\u201d";
        }
        return id;
    }
}
