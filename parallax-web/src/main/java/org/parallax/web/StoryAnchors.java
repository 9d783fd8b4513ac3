package org.parallax.web;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.Story;
import org.parallax.text.Normalizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.parallax.report.Html.escape;

/**
 * Addresses inside a story page: article {@code i} (from 1, in story order) is {@code d<i>} and its
 * sentence {@code j} is {@code d<i>-s<j>}. Ids are built from positions, never from input, so they are
 * always valid and safe. Finds the sentence for an offset, or the sentence that best matches a text
 * (for citations that name only a document). Thread-safe once built.
 */
final class StoryAnchors {
    private final Story story;
    private final Map<String, Integer> position = new HashMap<>();

    StoryAnchors(Story story) {
        this.story = story;
        for (int i = 0; i < story.articles().size(); i++) {
            position.putIfAbsent(story.articles().get(i).id(), i + 1);
        }
    }

    Story story() {
        return story;
    }

    boolean has(String documentId) {
        return documentId != null && position.containsKey(documentId);
    }

    /** The article's anchor, or empty when the story does not hold it. */
    String doc(String documentId) {
        Integer p = documentId == null ? null : position.get(documentId);
        return p == null ? "" : "d" + p;
    }

    /** The outlet name readers know a document by. */
    String name(String documentId) {
        Integer p = documentId == null ? null : position.get(documentId);
        return p == null ? String.valueOf(documentId) : story.articles().get(p - 1).displayName();
    }

    /** The sentence holding this offset of the document's original text, else the article. */
    String at(String documentId, int offset) {
        Integer p = documentId == null ? null : position.get(documentId);
        if (p == null) {
            return "";
        }
        for (Sentence s : story.articles().get(p - 1).sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return "d" + p + "-s" + s.index();
            }
        }
        return "d" + p;
    }

    /** The document's sentence sharing most words with {@code text}, else the article. */
    String best(String documentId, String text) {
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
        return best == null ? "d" + p : "d" + p + "-s" + best.index();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Arrays.stream(Normalizer.wordsOnly(text).split(" ")).filter(w -> w.length() > 2).forEach(out::add);
        return out;
    }

    /** A link to an anchor with escaped text; plain text when the anchor is empty. */
    static String link(String anchor, String text, String cssClass) {
        if (anchor.isEmpty()) {
            return escape(text);
        }
        return "<a class=\"" + cssClass + "\" href=\"#" + anchor + "\">" + escape(text) + "</a>";
    }

    /** Links to each document, each to the given anchor function's result. */
    String outletLinks(List<String> documents, java.util.function.Function<String, String> anchor) {
        StringBuilder out = new StringBuilder();
        for (String d : documents) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(link(anchor.apply(d), name(d), "cite"));
        }
        return out.toString();
    }

    Article article(String documentId) {
        Integer p = position.get(documentId);
        return p == null ? null : story.articles().get(p - 1);
    }
}
