package org.parallax.ingest;

import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency credits written into the body: "(With inputs from agency)", "(Reporting by ... ; Editing by ...)",
 * "— AFP" closing a story. They are removed from the body; what they credit is kept. Thread-safe.
 */
final class Credits {
    private static final Pattern PARENTHESISED = Pattern.compile(
            "\\(\\s*(?i:with (?:additional )?inputs? from|inputs? from|additional reporting by|reporting by|"
                    + "written by|compiled by|edited by|source)\\s*:?\\s*([^()]{1,120}?)\\s*\\)\\s*$");
    private static final Pattern LINE = Pattern.compile(
            "^\\s*\\(?\\s*(?i:(?:additional )?reporting by|writing by|editing by|compiled by|with inputs from)\\b([^\\n]{0,200})$");
    private static final Pattern TRAILING_AGENCY = Pattern.compile(
            "\\s[—–-]\\s*(AFP|AP|Reuters|PTI|ANI|IANS|UNI|APP|Xinhua|dpa|Anadolu)\\s*$");

    /** Longest tail a credit can take: "(With additional reporting by " and 120 characters of names. */
    private static final int TAIL = 200;

    private Credits() {
    }

    /** A credit found in a paragraph: where it stands and what it credits. */
    record Credit(Span span, String credited) {
    }

    /** A line that is nothing but a credit ("Reporting by ...; Editing by ..."). */
    static boolean isCreditLine(String line) {
        return LINE.matcher(line).find() && LineShapes.words(line) <= 30;
    }

    /** Credits in a paragraph that starts at {@code base}: a whole credit line, or one closing the paragraph. */
    static List<Credit> find(String paragraph, int base) {
        List<Credit> out = new ArrayList<>();
        if (isCreditLine(paragraph)) {
            String credit = paragraph.strip().replaceAll("^\\(|\\)$", "").strip();
            out.add(new Credit(new Span(base, base + paragraph.length()), credit));
            return out;
        }
        // credits close a paragraph: only its tail is searched (both patterns are anchored at the end)
        int from = Math.max(0, paragraph.length() - TAIL);
        Matcher p = PARENTHESISED.matcher(paragraph).region(from, paragraph.length());
        if (p.find()) {
            out.add(new Credit(new Span(base + p.start(), base + paragraph.length()), p.group(1).strip()));
            return out;
        }
        Matcher t = TRAILING_AGENCY.matcher(paragraph).region(from, paragraph.length());
        if (t.find()) {
            out.add(new Credit(new Span(base + t.start(), base + paragraph.length()), t.group(1)));
        }
        return out;
    }
}
