package org.parallax.ingest;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story: "ANKARA, Turkey:", "ISLAMABAD ( WNAM REPORT):",
 * "WASHINGTON (AP) —", "NEW DELHI, Oct 29 (PTI) -". The place must be written in capitals, which
 * keeps ordinary sentences ("Pakistan said: ...") out. Thread-safe.
 */
record Dateline(String place, String credit, int end) {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3})"      // PLACE in capitals
                    + "(?:\\s*,\\s*\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,2})?" // , Region
                    + "(?:\\s*,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:\\s*,\\s*\\d{4})?)?"          // , Oct 29
                    + "\\s*(?:\\(\\s*([^()]{1,40}?)\\s*\\))?"                                 // (CREDIT)
                    + "\\s*(?::|—|–|-{1,2})\\s+");
    private static final Set<String> AGENCIES = Set.of("ap", "associated press", "reuters", "afp", "pti", "ani",
            "ians", "uni", "app", "xinhua", "bloomberg", "dpa", "anadolu", "aa", "efe", "tass", "kyodo", "yonhap",
            "upi", "cnn", "bbc", "ansa", "irna", "wam", "spa", "kuna", "bernama", "sputnik", "ria novosti");
    private static final Pattern DESK = Pattern.compile("(?i)\\s*\\b(?:staff |news |web |monitoring )?(?:report|reporter|desk|correspondent|bureau)s?\\b\\s*");

    /** The dateline at the start of a lead paragraph, if it has one. */
    static Optional<Dateline> find(String lead) {
        Matcher m = DATELINE.matcher(lead);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1).strip();
        if (place.replaceAll("[^\\p{L}]", "").length() < 3) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(place, m.group(2) == null ? null : m.group(2).strip(), m.end()));
    }

    /** Whether the credit names a news agency rather than the outlet itself. */
    boolean creditIsAgency() {
        return credit != null && AGENCIES.contains(LineShapes.lower(credit));
    }

    /** The outlet a non-agency credit names: "WNAM REPORT" gives "WNAM". */
    Optional<String> outlet() {
        if (credit == null || creditIsAgency()) {
            return Optional.empty();
        }
        String name = DESK.matcher(credit).replaceAll(" ").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
