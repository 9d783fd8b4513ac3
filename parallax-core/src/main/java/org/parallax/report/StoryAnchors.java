package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.Story;
import org.parallax.text.Normalizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Addresses inside a drawn story: article {@code i} (from 1, in story order) is {@code <prefix>d<i>} and
 * its sentence {@code j} is {@code <prefix>d<i>-s<j>}. The prefix tells stories apart on a page that shows
 * several (the static report); a story page has none. Ids are built from positions, never from input, so
 * they are always valid and safe. Finds the sentence for an offset, or the sentence that best matches a
 * text (for citations that name only a document). Thread-safe once built.
 */
public final class StoryAnchors {
    private final Story story;
    private final String prefix;
    private final Map<String, Integer> position = new HashMap<>();

    public StoryAnchors(Story story, String prefix) {
        this.story = story;
        this.prefix = prefix;
        for (int i = 0; i < story.articles().size(); i++) {
            position.putIfAbsent(story.articles().get(i).id(), i + 1);
        }
    }

    public Story story() {
        return story;
    }

    /** Prefixes an id of this story's own (a section, a quote) so it is unique on the page. */
    public String id(String local) {
        return prefix + local;
    }

    public boolean has(String documentId) {
        return documentId != null && position.containsKey(documentId);
    }

    /** The article's anchor, or empty when the story does not hold it. */
    public String doc(String documentId) {
        Integer p = documentId == null ? null : position.get(documentId);
        return p == null ? "" : prefix + "d" + p;
    }

    /**
     * The one name a reader knows a document by, wherever it is drawn: its outlet, else its web site, else
     * the opening words of its title ({@link Article#proseName()}).
     */
    public String name(String documentId) {
        Integer p = documentId == null ? null : position.get(documentId);
        return p == null ? String.valueOf(documentId) : story.articles().get(p - 1).proseName();
    }

    /** The sentence holding this offset of the document's original text, else the article. */
    public String at(String documentId, int offset) {
        Integer p = documentId == null ? null : position.get(documentId);
        if (p == null) {
            return "";
        }
        for (Sentence s : story.articles().get(p - 1).sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return prefix + "d" + p + "-s" + s.index();
            }
        }
        return prefix + "d" + p;
    }

    /** The document's sentence sharing most words with {@code text}, else the article. */
    public String best(String documentId, String text) {
        Integer p = documentId == null ? null : position.get(documentId);
        if (p == null) {
            return "";
        }
        Set<String> wanted = words(text);
        Sentence best = null;
        double bestScore = 0;
        for (Sentence s : story.articles().get(p - 1).sentences()) {
            Set<String> have = words(s.text());
            if (have.isEmpty()) {
                continue;
            }
            long shared = have.stream().filter(wanted::contains).count();
            double score = shared / Math.sqrt(have.size() * (double) Math.max(1, wanted.size()));
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best == null ? prefix + "d" + p : prefix + "d" + p + "-s" + best.index();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Arrays.stream(Normalizer.wordsOnly(text).split(" ")).filter(w -> w.length() > 2).forEach(out::add);
        return out;
    }

    public Article article(String documentId) {
        Integer p = position.get(documentId);
        return p == null ? null : story.articles().get(p - 1);
    }
}
