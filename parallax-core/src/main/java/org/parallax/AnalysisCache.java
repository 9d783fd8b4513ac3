package org.parallax;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an {@link AnalysisSession} keeps what it computed, so that nothing unchanged is computed twice,
 * across passes and across restarts. Article analyses are opaque bytes under a content key (the article's
 * id, text, given metadata and the {@link AnalysisVersion}); a story's analysis is kept by the caller under
 * the story's signature (its id, its articles' keys and its provenance), and the session only asks whether
 * one is kept. Implementations must be thread-safe: late articles store their analysis from their own thread.
 */
public interface AnalysisCache {
    /** Keeps nothing: every pass analyses everything (a one-off command line run). */
    AnalysisCache NONE = new AnalysisCache() {
        @Override
        public Map<String, byte[]> analyses(Collection<String> keys) {
            return Map.of();
        }

        @Override
        public void putAnalyses(List<Analysis> analyses) {
        }

        @Override
        public boolean hasStory(String signature) {
            return false;
        }
    };

    /** One article's analysis under its content key. */
    record Analysis(String key, String article, byte[] data) {
        public Analysis {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(data, "data");
        }
    }

    /** The stored analyses among these keys; keys without one are left out. */
    Map<String, byte[]> analyses(Collection<String> keys);

    /** Keeps these analyses, durably when the cache is durable; an article's analyses under other keys may go. */
    void putAnalyses(List<Analysis> analyses);

    /** Whether a story analysed with this signature is kept, so the story need not be analysed again. */
    boolean hasStory(String signature);
}
