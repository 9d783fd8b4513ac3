package org.parallax.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a single line of an article looks like: site chrome, a headline, a byline, or body prose.
 * General typographic tests, not a list of any one site's strings. Thread-safe.
 */
final class LineShapes {
    // short lines that belong to the page around an article, never to the article itself
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:"
            + "facebook comments?|comments?|\\d+ comments?|leave a (?:comment|reply)|post a comment|top|back to top|"
            + "go to top|scroll to top|share(?: this)?(?: article| story| post| page)?(?: on \\w+)?|tweet|print|"
            + "e-?mail|email this|save|bookmark|advertisement|advertisment|sponsored(?: content)?|ad|"
            + "subscribe\\b.*|sign up\\b.*|follow us\\b.*|follow \\w+ on \\w+|read more\\b.*|read also\\b.*|"
            + "also read\\b.*|see also\\b.*|related(?: articles| stories| news| posts)?|click here\\b.*|"
            + "copyright\\b.*|©.*|all rights reserved\\.?|skip to (?:main )?content|menu|home|next(?: article| story)?|"
            + "previous(?: article| story)?|loading\\.*|whatsapp|telegram|linkedin|twitter|facebook|x|reddit|"
            + "join (?:our|us on) \\w+.*|download (?:our|the) app\\b.*|listen to (?:this )?(?:article|story)|"
            + "\\d+ min(?:ute)?s? read|(?:facebook|twitter|whatsapp|linkedin|email|x|telegram|reddit|print|share)"
            + "(?:\\s*[|·/,]?\\s*(?:facebook|twitter|whatsapp|linkedin|email|x|telegram|reddit|print|share))+"
            + ")[\\s.:!»›>|-]*$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})*\\s*$");
    // a photo caption carries its picture's credit at its end: "(credit: REUTERS/Stringer)", "(AP Photo/Name)",
    // "Photo: Name/Agency", "(Getty Images)"
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i)(?:[(\\[]\\s*(?:photo|picture|image|credit|"
            + "photograph|file photo)s?(?:\\s+by)?\\s*[:/]?[^()\\[\\]]{1,80}[)\\]]|[(\\[]\\s*(?:ap|afp|reuters|getty|epa)[^()\\[\\]]{0,60}"
            + "(?:photo|images?)[^()\\[\\]]{0,60}[)\\]]|\\b(?:photo|picture|image|credit)s?\\s*:\\s*[^.!?]{1,60}/[^.!?]{1,60})\\s*$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|pk|in|co|uk|news|tv|info|ca|au|de|fr)(?:\\.[a-z]{2})?$");

    /**
     * Chrome, bylines and domains are short; longer lines are never tried, which also keeps the patterns'
     * repeated groups (one stack frame a repetition) off a 100,000-character run such as "xxx…" (issue 18).
     */
    private static final int SHORT_LINE = 300;

    private LineShapes() {
    }

    static boolean isChrome(String line) {
        String s = line.strip();
        return s.length() <= SHORT_LINE && words(s) <= 8 && CHROME.matcher(s).matches();
    }

    /** A short paragraph that ends in a photo credit: the caption of a picture, not the article's prose. */
    static boolean isPhotoCaption(String line) {
        String s = line.strip();
        return s.length() <= SHORT_LINE && PHOTO_CREDIT.matcher(s).find();
    }

    static boolean isByline(String line) {
        String s = line.strip();
        return s.length() <= SHORT_LINE && BYLINE.matcher(s).matches();
    }

    static boolean isDomain(String line) {
        String s = line.strip();
        return s.length() <= SHORT_LINE && DOMAIN.matcher(s).matches();
    }

    /** Ends the way a sentence ends. */
    static boolean endsLikeSentence(String line) {
        // ends in . ! ? … (then closing quotes or brackets), or in a closing quote; read from the end, since
        // a regex anchored at $ is still tried at every position of a long paragraph
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if ("\"”’".indexOf(line.charAt(i)) >= 0) {
            return true;
        }
        while (i >= 0 && "\"'”’)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    /** Prose of the article: a sentence-ended line of some length, or any long line. */
    static boolean isBody(String line) {
        int n = words(line);
        return (n >= 6 && endsLikeSentence(line)) || n >= 30;
    }

    /** Could be a headline or a site name: short, starts with a capital, no sentence ending. */
    static boolean isHeadlineShaped(String line) {
        String s = line.strip();
        int n = words(s);
        if (n < 1 || n > 25 || s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“' || first == '‘')) {
            return false;
        }
        return !s.matches(".*[.!?;,:]$") && !s.contains(". ");
    }

    /** Most words of four letters or more start with a capital, as in "Dialogue Collapses in Istanbul". */
    static boolean isTitleCase(String line) {
        int longWords = 0;
        int capitalised = 0;
        for (String w : line.strip().split("\\s+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(letters.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 2 && capitalised * 10 >= longWords * 7;
    }

    /** Every word capitalised (or a symbol): the shape of a site name such as "Move FM Global News". */
    static boolean allWordsCapitalised(String line) {
        for (String w : line.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Number of white-space separated words. */
    static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
