package org.parallax.cluster;

/**
 * The knobs of event clustering. {@link #tuned()} holds the values tuned on the ECB+ dev topics (see
 * docs/cluster.md), with the benchmark's generated corpus (made from the same articles) as a check at
 * scale; nothing else was used. On the dev topics (772 articles) they give B-cubed P 0.971, R 0.938, F1
 * 0.954, and on the same topics cut down to 1, 3 or 8 articles per event 0.969, 0.928 and 0.933.
 *
 * <ul>
 * <li>The splitter's figures include the year and month of publication (the join's do not: every article
 * of a month would share them, whatever its event). With them, far-apart dates at 30 days × 0.5 give dev
 * F1 0.954, at 60 days × 0.7 0.955, with no time factor 0.957; on 100,000 generated articles, whose
 * events spread over five years, 0.975, 0.964 and 0.956. The factor stays.</li>
 * <li>Stragglers: {@code stragglerJoin} 0.03 to 0.05 with {@code stragglerMargin} 2.5 to 3 gave 0.951 before
 * the publication figures (0.949 without the step).</li>
 * <li>{@code candidateTerms} 8 to 20 give 0.951 to 0.953; 10 halves the stories scored per article at
 * scale, and on 100,000 generated articles groups better than 20 (0.969 against 0.959).</li>
 * <li>The split knobs sit on a plateau: {@code splitLead} 0.25 to 0.4 with {@code splitMinSimilarity} 0.26
 * to 0.29 give 0.938 to 0.949, and {@code splitMinSide} 4 to 6 (at stop 0.26 to 0.27) 0.942 to 0.949 (second
 * round). Side 5 rather than 4 keeps a two-topic corpus (rehab check-ins, Oscar hosts) from being shredded
 * (see EventGrouperTest). {@code splitMinShare} was tuned with each event cut down to 1, 3 and 8 articles:
 * small events must stay apart too, and a fixed least side of 5 merged them (F1 0.82 with three articles
 * per event).</li>
 * </ul>
 *
 * @param wordWeight     weight of the content-word view in the combined similarity
 * @param nameWeight     weight of the proper-name view
 * @param numberWeight   weight of the figures view (years, month names, other figures)
 * @param join           least similarity of an article to a story for it to join that story
 * @param merge          least similarity of two stories for them to merge
 * @param maxGapDays     publication days between an article and a story beyond which they are far apart
 * @param farFactor      what the similarity is multiplied by when they are far apart
 * @param candidateTerms how many of an article's heaviest terms look up candidate stories
 * @param maxPostings    how many of the latest stories per term are looked at (bounds the work per article)
 * @param stragglerJoin  least similarity of a story of one or two articles, left apart by the online pass, to
 *                       the larger story it then joins
 * @param stragglerMargin how many times the runner-up's similarity that larger story must reach
 * @param splitWords     weight of the word view when splitting look-alike events apart
 * @param splitNames     weight of the name view when splitting
 * @param splitNumbers   weight of the figure view when splitting (the figures with the year and month of publication)
 * @param splitLead      weight, when splitting, of the names and figures of the title and lead alone: they
 *                       name the event itself, where the body also carries background look-alikes share
 * @param splitMinSimilarity inside a story, groups merge while their average similarity reaches this
 * @param splitMinShare  groups of a split smaller than this share of the story's articles join their nearest
 *                       group; after that every article moves to the group it is most similar to on average
 * @param splitMinSide   the least side of a group never exceeds this, however large the story
 */
public record ClusterSettings(double wordWeight, double nameWeight, double numberWeight, double join, double merge,
                              int maxGapDays, double farFactor, int candidateTerms, int maxPostings,
                              double stragglerJoin, double stragglerMargin,
                              double splitWords, double splitNames, double splitNumbers, double splitLead,
                              double splitMinSimilarity, double splitMinShare, int splitMinSide) {
    public ClusterSettings {
        if (wordWeight < 0 || nameWeight < 0 || numberWeight < 0 || wordWeight + nameWeight + numberWeight <= 0) {
            throw new IllegalArgumentException("view weights must be non-negative and not all zero");
        }
        if (join <= 0 || join >= 1 || merge <= 0 || merge >= 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1): " + join + ", " + merge);
        }
        if (splitWords < 0 || splitNames < 0 || splitNumbers < 0 || splitLead < 0 || splitMinSide < 1
                || splitMinShare < 0 || splitMinShare >= 0.5) {
            throw new IllegalArgumentException("bad split settings");
        }
        if (candidateTerms < 1 || maxPostings < 1 || maxGapDays < 0 || farFactor < 0 || farFactor > 1
                || stragglerJoin <= 0 || stragglerMargin < 1) {
            throw new IllegalArgumentException("bad candidate or time settings");
        }
    }

    public static ClusterSettings tuned() {
        return new ClusterSettings(1.0, 0.5, 0.3, 0.12, 0.12, 30, 0.5, 10, 100, 0.05, 3, 0.5, 1, 1, 0.3, 0.27, 0.3, 5);
    }

    public ClusterSettings withJoin(double value) {
        return new ClusterSettings(wordWeight, nameWeight, numberWeight, value, merge, maxGapDays, farFactor,
                candidateTerms, maxPostings, stragglerJoin, stragglerMargin, splitWords, splitNames, splitNumbers, splitLead, splitMinSimilarity, splitMinShare, splitMinSide);
    }
}
