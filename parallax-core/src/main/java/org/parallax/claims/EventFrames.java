package org.parallax.claims;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story-level facts a sentence states, as frame keys that outlets share whatever their wording: the
 * outcome of talks ("failed", "collapsed", "ended without agreement"), who mediated, a truce agreed, how long
 * talks lasted. Two sentences with one key state one fact. The trigger's own negation ("without agreement")
 * is part of the frame; any other negation is a different polarity, so a denial never joins. Thread-safe.
 */
final class EventFrames {
    private static final Pattern TALKS = Pattern.compile(
            "(?i)\\b(talks|negotiations|discussions|dialogue|summit|round|meeting|meetings|session|sessions|peace process)\\b");
    private static final Pattern FAILED = Pattern.compile("(?i)\\b(failed|fail|collapsed|broke down|break down|broken down|"
            + "stalled|deadlock(?:ed)?|stalemate|inconclusive(?:ly)?|no breakthrough|"
            + "(?:ended|concluded|closed|wrapped up) without (?:an? |any )?(?:agreement|deal|breakthrough|result|accord)|"
            + "without (?:reaching |making )?(?:an? |any )?(?:agreement|deal|breakthrough)|"
            + "could not (?:find|reach) (?:common ground|(?:an )?agreement)|failure of the talks)\\b");
    private static final Pattern AGREED = Pattern.compile("(?i)\\b((?:reached|struck|signed|sealed) (?:an? )?"
            + "(?:agreement|deal|accord)|agreed (?:on|to) (?:an? )?(?:deal|agreement|accord))\\b");
    private static final Pattern MEDIATED = Pattern.compile(
            "(?i)\\b(mediat(?:ed|ing|ion|ors?|e)|brokered|facilitat(?:ed|ing|ion|ors?)|hosted by|host nations?)\\b");
    private static final Pattern TRUCE = Pattern.compile("(?i)\\b(ceasefire|cease-fire|truce)\\b");
    private static final Pattern TRUCE_ACT = Pattern.compile("(?i)\\b(agreed|reached|brokered|announced|signed|declared)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|no|never|denied|denies|nor|n't|neither|refused)\\b|n’t\\b");

    /** Where one clause ends and a contrasting one begins ("agreed to a truce, but could not find ..."). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i)[;:]|,\\s*(?:but|while|although|though|whereas|yet)\\b|\\s(?:but|whereas)\\s");

    private EventFrames() {
    }

    /** The frame keys of one candidate sentence (empty when it states none of them). */
    static Set<String> of(Candidate c) {
        Set<String> out = new LinkedHashSet<>();
        String text = c.text();
        boolean talks = TALKS.matcher(text).find();
        if (talks) {
            add(out, "talks-failed", FAILED, text);
            add(out, "talks-agreed", AGREED, text);
            add(out, "mediation", MEDIATED, text);
            for (Quantities.Found f : c.quantities()) {
                if (f.kind() == Quantities.Kind.DURATION && f.days() >= 1) {
                    out.add(String.format(Locale.ROOT, "talks-lasted:%.1f", f.days()));
                }
            }
        }
        if (TRUCE.matcher(text).find() && TRUCE_ACT.matcher(text).find()) {
            out.add("truce-agreed:" + polarity(text, TRUCE));
        }
        return out;
    }

    private static void add(Set<String> out, String key, Pattern trigger, String text) {
        Matcher m = trigger.matcher(text);
        if (m.find()) {
            out.add(key + ":" + polarity(text, trigger));
        }
    }

    /** "+" or "-": whether the trigger's clause is negated outside the frame's own trigger words. */
    private static String polarity(String text, Pattern trigger) {
        Matcher m = trigger.matcher(text);
        int at = m.find() ? m.start() : 0;
        int from = 0;
        int to = text.length();
        Matcher b = CLAUSE_BREAK.matcher(text);
        while (b.find()) {
            if (b.end() <= at) {
                from = b.end();
            } else if (b.start() > at) {
                to = b.start();
                break;
            }
        }
        String rest = trigger.matcher(text.substring(from, to)).replaceAll(" ");
        return NEGATION.matcher(rest).find() ? "-" : "+";
    }
}
