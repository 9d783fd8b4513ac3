package org.parallax.web;

import java.time.Instant;

/**
 * What the background analysis is doing, for status pages, job progress, the console and benchmarks.
 *
 * @param articles          articles the running pass analyses
 * @param articlesDone      of which done
 * @param stories           stories the running pass analyses
 * @param storiesDone       of which done
 * @param passes            passes finished since the server started
 * @param analysedArticles  articles analysed since the server started
 * @param loadedArticles    articles whose stored analysis was loaded instead
 * @param analysedStories   stories analysed since the server started
 * @param lastPassMillis    how long the last pass took
 * @param articlesPerSecond recent analysis rate (for Retry-After)
 * @param modelsReady       when the models were loaded, or null while they load
 * @param error             what went wrong last, or null
 */
public record AnalysisProgress(Phase phase, int articles, int articlesDone, int stories, int storiesDone, long passes,
                               long analysedArticles, long loadedArticles, long analysedStories, long lastPassMillis,
                               double articlesPerSecond, Instant modelsReady, String error) {
    /** What the analysis is doing. */
    public enum Phase {
        STARTING("starting"), LOADING_MODELS("loading the analysis models"), LOADING("loading stored analyses"),
        IDLE("idle"), ARTICLES("analysing articles"), STORIES("analysing stories"), PUBLISHING("publishing stories"),
        STOPPED("stopped");

        final String words;

        Phase(String words) {
            this.words = words;
        }

        /** In words, for pages and the console. */
        public String words() {
            return words;
        }
    }
}
