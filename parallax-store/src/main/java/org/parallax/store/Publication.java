package org.parallax.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one analysis pass changes in the index, written in one transaction so readers see the
 * stories before or after it, never a mix: every story with its articles in order, the ids the pass
 * retired with where they now point, and the upload jobs it finished with the stories holding their
 * articles.
 */
public record Publication(List<Story> stories, Map<String, String> redirects, Map<String, List<String>> finishedJobs) {
    public Publication {
        stories = List.copyOf(stories);
        redirects = Map.copyOf(redirects);
        finishedJobs = Map.copyOf(finishedJobs);
    }

    /**
     * @param documents its articles in story order, with the title and outlet the analysis found
     * @param related   the JSON array of related stories
     */
    public record Story(String id, String headline, String signature, List<Document> documents, String related) {
        public Story {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(signature, "signature");
            documents = List.copyOf(documents);
            related = related == null ? "[]" : related;
        }
    }

    /** An article of a story, with the title and outlet search results show when the input gave none. */
    public record Document(String id, String title, String outlet) {
        public Document {
            Objects.requireNonNull(id, "id");
        }
    }
}
