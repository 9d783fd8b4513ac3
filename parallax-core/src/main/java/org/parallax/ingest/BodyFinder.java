package org.parallax.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the element a page marks as its article body ({@code itemprop="articleBody"}, a class such as
 * {@code entry-content} or {@code article-body}, an {@code <article>}), by the selectors of
 * {@code article-body-selectors.txt}, tier by tier: the first element of the first tier that holds some
 * text wins. What the markup says beats what a scorer guesses when the page says it. Thread-safe.
 */
final class BodyFinder {
    private static final Set<String> CONTAINERS = Set.of("article", "div", "main", "section", "td");
    private static final List<String> TIERS = load("article-body-selectors.txt");
    /** A body with less text is a wrapper left empty by cleaning (or a teaser), not the article. */
    static final int MIN_CHARS = 100;

    private BodyFinder() {
    }

    static Optional<Element> find(Document cleaned) {
        for (String tier : TIERS) {
            Elements found = cleaned.select(tier);
            for (Element e : found) {
                if (CONTAINERS.contains(e.normalName()) && e.text().length() >= MIN_CHARS) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Tiers of selectors: paragraphs of a resource file, lines joined with commas; # lines are comments. */
    private static List<String> load(String name) {
        try (InputStream in = BodyFinder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> tiers = new ArrayList<>();
            StringBuilder tier = new StringBuilder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.isBlank()) {
                    if (tier.length() > 0) {
                        tiers.add(tier.toString());
                        tier.setLength(0);
                    }
                    if (line == null) {
                        break;
                    }
                } else if (!line.startsWith("#")) {
                    tier.append(tier.length() > 0 ? ", " : "").append(line.strip());
                }
            }
            return List.copyOf(tiers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
