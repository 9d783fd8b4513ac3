package org.parallax.web;

import org.parallax.model.Rejected;
import org.parallax.store.StoryEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the list pages and the story list API read: the index of stories with their cards, the redirects
 * of retired ids, how many articles are stored, what could not be analysed and which stories are being
 * analysed again. Loaded from the store in one read when the server starts (so it serves at once, before
 * any model is loaded) and after every analysis pass; immutable, swapped as a whole. Thread-safe.
 *
 * @param rejected articles the last pass could not analyse
 * @param failed   the same, by article id, with why
 * @param updating ids of stories the analysis is working on now
 */
record Catalog(List<Entry> stories, Map<String, Entry> byId, Map<String, String> redirects, int articles,
               List<Rejected> rejected, Map<String, String> failed, Set<String> updating) {
    static final Catalog EMPTY = new Catalog(List.of(), Map.of(), Map.of(), 0, List.of(), Map.of(), Set.of());

    /** One story of the index with its card. */
    record Entry(StoryEntry story, Card card) {
        Entry {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(card, "card");
        }

        String id() {
            return story.id();
        }

        String headline() {
            return story.headline();
        }

        /** 1-based position of a document in the story, or 0 when it is not there. */
        int position(String documentId) {
            return story.documents().indexOf(documentId) + 1;
        }
    }

    Catalog {
        stories = List.copyOf(stories);
        byId = Map.copyOf(byId);
        redirects = Map.copyOf(redirects);
        rejected = List.copyOf(rejected);
        failed = Map.copyOf(failed);
        updating = Set.copyOf(updating);
    }

    static Catalog of(List<StoryEntry> index, Map<String, String> redirects, int articles, List<Rejected> rejected,
                      Map<String, String> failed, Set<String> updating) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (StoryEntry s : index) {
            Entry e = new Entry(s, Card.parse(s.card(), s.headline(), s.documents().size()));
            entries.add(e);
            byId.put(s.id(), e);
        }
        return new Catalog(entries, byId, redirects, articles, rejected, failed, updating);
    }

    Catalog withUpdating(Set<String> ids) {
        return new Catalog(stories, byId, redirects, articles, rejected, failed, ids);
    }

    Catalog withArticles(int count) {
        return new Catalog(stories, byId, redirects, count, rejected, failed, updating);
    }

    /**
     * Where a retired story id points now: the redirects are followed (a story merged into one that was
     * merged again) until a story that exists; empty when the id is not retired or leads nowhere.
     */
    Optional<String> redirect(String id) {
        String at = redirects.get(id);
        for (int hops = 0; at != null && hops < 64; hops++) {
            if (byId.containsKey(at)) {
                return Optional.of(at);
            }
            at = redirects.get(at);
        }
        return Optional.empty();
    }
}
