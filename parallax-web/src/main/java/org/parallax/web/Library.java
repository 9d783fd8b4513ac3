package org.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.Parallax;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.model.StoryLink;
import org.parallax.cluster.Grouping;
import org.parallax.cluster.dedup.CopyFinder;
import org.parallax.cluster.dedup.StoryProvenance;
import org.parallax.model.Copy;
import org.parallax.model.Provenance;
import org.parallax.report.JsonReport;
import org.parallax.store.SearchHit;
import org.parallax.store.Store;
import org.parallax.store.StoredStory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The web app's service: keeps articles in the {@link Store}, recomputes the stories after every upload
 * and answers reads from an immutable snapshot. Pages and API handlers only call this.
 *
 * <p>Stories get stable ids: a hash of the story's first-added article, so a story keeps its address
 * when later uploads add articles to it.
 *
 * <p>Thread-safe: uploads are serialised; reads see the last finished snapshot, never a half-built one.
 */
public final class Library implements AutoCloseable {
    private final Store store;
    private final Parallax parallax;
    // prepared articles by id, reused while the raw input is unchanged (the article pipeline is pure)
    private final Map<String, Prepared> prepared = new HashMap<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    // analysed stories by their articles' ids, reused while the group's prepared articles are the same
    private final Map<List<String>, Analysed> analysed = new HashMap<>();

    private record Prepared(RawArticle raw, Article article) {
    }

    private record Analysed(List<Article> articles, Story story) {
    }

    // the same prepared objects: the article cache hands out one instance per unchanged input
    private static boolean sameArticles(List<Article> a, List<Article> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** One computed story, its stable id, and the stories related to it. */
    public record Entry(String id, Story story, List<Related> related) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(story, "story");
            related = List.copyOf(related);
        }

        public Entry(String id, Story story) {
            this(id, story, List.of());
        }

        /** 1-based position of a document in the story, or 0 when it is not there. */
        public int position(String documentId) {
            List<Article> articles = story.articles();
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).id().equals(documentId)) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    /**
     * Another story that is a related event (an earlier round, a follow-up).
     *
     * @param relation {@code earlier}, {@code follow-up} or {@code related}, as in the report
     */
    public record Related(String id, String headline, String relation, List<String> shared) {
        public Related {
            shared = List.copyOf(shared);
        }
    }

    /** Everything a page needs, computed together. */
    public record Snapshot(List<Entry> stories, Map<String, Entry> byId, List<Rejected> rejected, int articles) {
        static final Snapshot EMPTY = new Snapshot(List.of(), Map.of(), List.of(), 0);

        public Snapshot {
            stories = List.copyOf(stories);
            byId = Map.copyOf(byId);
            rejected = List.copyOf(rejected);
        }
    }

    /** What an upload did. */
    public record IngestResult(List<String> ids, List<Rejected> rejected, List<String> stories) {
        public IngestResult {
            ids = List.copyOf(ids);
            rejected = List.copyOf(rejected);
            stories = List.copyOf(stories);
        }
    }

    private Library(Store store, Parallax parallax) {
        this.store = store;
        this.parallax = parallax;
    }

    /** Opens the store under {@code dataDir} and computes the stories of what it holds. */
    public static Library open(Path dataDir, Parallax parallax) {
        Library library = new Library(Store.open(dataDir), Objects.requireNonNull(parallax, "parallax"));
        library.recompute();
        return library;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Optional<Entry> story(String id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }

    /** The story object of the report contract, as stored with the last computation. */
    public Optional<String> storyJson(String id) {
        return store.story(id).map(StoredStory::json);
    }

    /** Full-text hits, with the title and outlet cleaning found when the input did not give them. */
    public List<SearchHit> search(String query, int limit) {
        Snapshot now = snapshot;
        return store.search(query, limit).stream().map(h -> {
            Entry e = h.story() == null ? null : now.byId().get(h.story());
            int at = e == null ? 0 : e.position(h.article());
            if (at == 0) {
                return h;
            }
            Article a = e.story().articles().get(at - 1);
            return new SearchHit(h.article(), h.title() != null ? h.title() : a.title(),
                    h.outlet() != null ? h.outlet() : a.outlet(), h.snippet(), h.story());
        }).toList();
    }

    public List<RawArticle> articles() {
        return store.articles();
    }

    /**
     * Stores a batch's articles (one transaction) and recomputes the stories. Articles with an id already
     * stored replace the old ones. The batch's rejected inputs are reported back, not stored.
     */
    public synchronized IngestResult ingest(Batch batch) {
        List<String> ids = batch.articles().isEmpty() ? List.of() : store.putArticles(batch.articles());
        if (!ids.isEmpty()) {
            recompute();
        }
        Snapshot now = snapshot;
        List<String> stories = now.stories().stream()
                .filter(e -> e.story().documentIds().stream().anyMatch(ids::contains))
                .map(Entry::id).toList();
        return new IngestResult(ids, batch.rejected(), stories);
    }

    private synchronized void recompute() {
        List<RawArticle> raws = store.articles();
        List<Rejected> rejected = new ArrayList<>();
        List<RawArticle> fresh = raws.stream()
                .filter(r -> prepared.get(r.id()) == null || !prepared.get(r.id()).raw().equals(r)).toList();
        Map<String, RawArticle> freshById = new HashMap<>();
        fresh.forEach(r -> freshById.put(r.id(), r));
        for (Article a : parallax.prepare(fresh, rejected, n -> { })) {
            prepared.put(a.id(), new Prepared(freshById.get(a.id()), a));
        }
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (RawArticle r : raws) {
            Prepared p = prepared.get(r.id());
            if (p != null && p.raw().equals(r)) {
                order.put(r.id(), articles.size());
                articles.add(p.article());
            }
        }
        prepared.keySet().retainAll(order.keySet());

        List<Story> stories = new ArrayList<>();
        Map<List<String>, Analysed> kept = new HashMap<>();
        Grouping grouping = parallax.groupAndRelate(articles);
        List<List<Article>> groups = grouping.stories();
        // copies over the whole library, as the command line finds them: a wire story's copies may sit in other stories
        List<Copy> copies = new CopyFinder().find(articles);
        for (int i = 0; i < groups.size(); i++) {
            List<Article> group = groups.get(i);
            List<String> ids = group.stream().map(Article::id).toList();
            Provenance provenance = StoryProvenance.of(group, copies);
            Analysed before = analysed.get(ids);
            Story story = before != null && sameArticles(before.articles(), group)
                    && provenance.equals(before.story().provenance()) ? before.story()
                    : parallax.analyzeStory("s" + (i + 1), group, provenance, rejected);
            stories.add(story);
            kept.put(ids, new Analysed(group, story));
        }
        analysed.clear();
        analysed.putAll(kept);
        List<String> ids = new ArrayList<>();
        Map<String, Entry> taken = new LinkedHashMap<>();
        for (Story s : stories) {
            String first = s.articles().stream().map(Article::id)
                    .min((a, b) -> Integer.compare(order.getOrDefault(a, 0), order.getOrDefault(b, 0)))
                    .orElse(s.id());
            String id = uniqueId(first, taken);
            ids.add(id);
            taken.put(id, new Entry(id, s));
        }
        Map<String, List<StoryLink>> links = StoryLink.byStory(Parallax.links(grouping, stories, ids));
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byId = new LinkedHashMap<>();
        List<StoredStory> stored = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            List<StoryLink> mine = links.getOrDefault(ids.get(i), List.of());
            Entry e = new Entry(ids.get(i), s, related(ids.get(i), mine, taken));
            entries.add(e);
            byId.put(e.id(), e);
            stored.add(new StoredStory(e.id(), s.headline(), s.documentIds(), contractJson(e, mine)));
        }
        store.replaceStories(stored);
        snapshot = new Snapshot(entries, byId, rejected, raws.size());
    }

    /** The stories linked to the one with this id (its links given), by their stable ids. */
    private static List<Related> related(String id, List<StoryLink> links, Map<String, Entry> byId) {
        List<Related> out = new ArrayList<>();
        for (StoryLink l : links) {
            String other = l.other(id);
            out.add(new Related(other, byId.get(other).story().headline(), l.relationFor(id), l.shared()));
        }
        return out;
    }

    /** The story object of the report contract with the stable id in place of the run's own, and its links. */
    static String contractJson(Entry e, List<StoryLink> links) {
        ObjectNode node = JsonReport.story(e.story());
        node.put("id", e.id());
        node.set("related", JsonReport.related(links, e.id()));
        try {
            return JsonReport.mapper().writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("story cannot be written as JSON", ex);
        }
    }

    private static String uniqueId(String firstDocument, Map<String, Entry> taken) {
        String base = "s-" + ArticleInput.sha256(firstDocument).substring(0, 10);
        String id = base;
        for (int n = 2; taken.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    @Override
    public void close() {
        store.close();
    }
}
