package org.parallax.cluster;

import java.util.Objects;

/**
 * What the event clusterer knows of one article: three bags of terms and its publication day.
 *
 * @param words   content words (folded, stop words out, plurals folded), title and lead weighted up
 * @param names   proper names: capitalised words that do not merely open a sentence
 * @param numbers years ({@code y2008}), months ({@code msep}) and other figures ({@code 6.1}, {@code 9-14}) the
 *                text states
 * @param day     publication date as an epoch day, or null when unknown
 * @param leadNames   the names stated in the title and lead: where an event's own people and places sit,
 *                    while the body also carries the background two look-alike events share
 * @param leadNumbers the figures stated in the title and lead
 * @param datedNumbers the figures with the year and month of publication added: for the splitter only, since
 *                     in the join every article of a month would share them, whatever its event
 */
public record ArticleFeatures(String id, Terms words, Terms names, Terms numbers, Long day, Terms leadNames,
                              Terms leadNumbers, Terms datedNumbers) {
    public ArticleFeatures {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(leadNames, "leadNames");
        Objects.requireNonNull(leadNumbers, "leadNumbers");
        Objects.requireNonNull(datedNumbers, "datedNumbers");
    }
}
