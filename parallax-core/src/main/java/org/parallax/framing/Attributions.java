package org.parallax.framing;

import org.parallax.model.SourceText;
import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an article says told it things: unnamed attributions ("security sources said", "sources familiar
 * with the talks", "officials told the Associated Press", "a senior official, speaking on condition of
 * anonymity") and named ones ("Tarar said", "said Jane Doe, a spokeswoman"). Patterns are general
 * English news attribution, not tied to any story. Thread-safe; pure functions.
 */
public final class Attributions {
    private static final String VERB = "(?:said|says|say|told|tell|confirmed|confirm|added|revealed|claimed|"
            + "indicated|suggested|noted|stated|disclosed|insisted|maintained|warned|explained|reported|believe[sd]?)";
    private static final String QUALIFIER = "(?:(?:senior|top|high-ranking|security|intelligence|government|military|"
            + "diplomatic|official|informed|reliable|credible|knowledgeable|unnamed|anonymous|western|local|police|"
            + "party|two|three|four|several|some|other|many|multiple|independent|[A-Z][\\w-]+|and|,) ){0,6}";
    private static final String WHO = "(?:[Ss]ources?|officials?|diplomats?|insiders?|aides?|officers?|"
            + "spokes(?:man|woman|person)|negotiators?|analysts?|observers?|people|persons?|members?)";
    private static final String IN_THE_KNOW = "(?:familiar with|close to|aware of|briefed on|with (?:direct )?knowledge of|"
            + "involved in|privy to|present at|knowledgeable about|who attended|who took part in)";
    private static final String WHAT = "(?: [\\w-]+){1,5}?";

    private static final List<Pattern> ANONYMOUS = List.of(
            // "sources familiar with the discussions (said)", "people briefed on the matter"
            Pattern.compile("\\b(?:(?:[Aa]n?|[Tt]he|[Aa]ccording to) )?" + QUALIFIER + WHO + ",? " + IN_THE_KNOW + WHAT
                    + "(?=[,.;:]| " + VERB + "\\b|$)(?:,? " + VERB + "\\b)?"),
            // "security sources said", "a Pakistani security source said", "Sources confirmed", "officials told"
            Pattern.compile("\\b(?:(?:[Aa]n?|[Tt]he) )?" + QUALIFIER + "(?:[Ss]ources?|[Ii]nsiders?)"
                    + "(?: in [A-Z][\\w-]+)?,? " + VERB + "\\b"),
            Pattern.compile("\\b(?:[A-Z][\\w-]+ |senior |security |government |military |intelligence |two |several |some |other |local ){1,6}"
                    + "(?:officials?|diplomats?|officers?|aides?|negotiators?)(?: in [A-Z][\\w-]+)? " + VERB + "\\b"),
            Pattern.compile("\\b[Oo]fficials (?:" + VERB + ")\\b"),
            // "according to sources", "according to a senior official"
            Pattern.compile("\\b[Aa]ccording to (?:the )?" + QUALIFIER + "(?:sources?|insiders?|officials?)\\b(?! of\\b)"),
            // "spoke on condition of anonymity", "who asked not to be named"
            Pattern.compile("\\b(?:speaking |spoke |who spoke |talking )?on (?:the )?condition of anonymity"),
            Pattern.compile("\\bwho (?:asked|requested|declined) (?:not to be (?:named|identified)|anonymity|to be named)"),
            Pattern.compile("\\b(?:it is|it was|it has been) (?:learnt|learned|understood|reported)\\b"));

    private static final String NAME = "(?:[A-Z][\\w'’.-]+ ){0,3}[A-Z][\\w'’-]+";
    private static final List<Pattern> NAMED = List.of(
            Pattern.compile("\\b" + NAME + ",? (?:(?:also|further|later|again) )?" + VERB + "\\b"),
            Pattern.compile("\\b(?:said|says|added|according to) (?!the\\b|a\\b)" + NAME + "(?=[,.;]|$)"));

    private Attributions() {
    }

    /** True when {@code text} opens with an unnamed attribution ("Sources confirmed that ..."). */
    public static boolean opensWithAnonymous(String text) {
        return text != null && anonymous("", text, 0, text.length()).stream().anyMatch(s -> s.start() == 0);
    }

    /** Unnamed attributions in {@code [from, to)} of {@code text}. */
    static List<SourceText> anonymous(String document, String text, int from, int to) {
        return matches(document, text, from, to, ANONYMOUS);
    }

    /** Named attributions in {@code [from, to)} that do not overlap an unnamed one. */
    static List<SourceText> named(String document, String text, int from, int to, List<SourceText> anonymous) {
        List<SourceText> out = new ArrayList<>();
        for (SourceText s : matches(document, text, from, to, NAMED)) {
            String first = s.text().split("[ ,]")[0];
            boolean generic = first.matches("(?i)the|a|an|he|she|they|it|this|that|sources?|officials?|but|and|however|"
                    + "meanwhile|also|earlier|later|police|we|i|you|who|which|what|statement|report|monday|tuesday|wednesday|"
                    + "thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
                    + "october|november|december|today|yesterday|tonight");
            if (!generic && anonymous.stream().noneMatch(a -> a.start() < s.end() && s.start() < a.end())) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<SourceText> matches(String document, String text, int from, int to, List<Pattern> patterns) {
        List<Span> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new Span(m.start(), m.end()));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) {
            if (kept.stream().noneMatch(s::overlaps)) {
                kept.add(s);
            }
        }
        kept.sort(null);
        List<SourceText> out = new ArrayList<>();
        for (Span s : kept) {
            int a = s.start();
            int b = s.end();
            while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ',')) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                out.add(new SourceText(document, text.substring(a, b), a, b));
            }
        }
        return out;
    }
}
