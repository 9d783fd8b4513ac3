package org.parallax.report;

import org.parallax.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The index of stories that heads the multi-story report and the home page: one row a story (headline,
 * outlets, dates, counts), in a chosen order, a page at a time. The same component draws both; only the
 * addresses differ. Thread-safe (immutable).
 *
 * @param rows  this page's rows
 * @param sort  the order
 * @param page  this page, from 1
 * @param pages how many pages there are
 * @param total how many stories in all
 * @param link  how a sort and a page become an address ("?sort=%s&page=%d" on the home page), or null when
 *              every page of every order is part of one document (the static report), each page at its
 *              {@link #anchor anchor}
 */
public record StoryIndex(List<Row> rows, Sort sort, int page, int pages, int total, String link) {
    public static final int PAGE_SIZE = 20;

    public StoryIndex {
        rows = List.copyOf(rows);
        Objects.requireNonNull(sort, "sort");
    }

    /** One story in the index. */
    public record Row(String href, String headline, List<String> outlets, String first, String last, int articles,
                      int quotes, int claims, int conflicts, boolean updating) {
        public Row {
            outlets = List.copyOf(outlets);
            first = first == null ? "" : first;
            last = last == null ? "" : last;
        }

        public static Row of(Story s, String href) {
            List<String> dates = s.articles().stream().filter(a -> a.published() != null).map(a -> a.published().date())
                    .sorted().toList();
            return new Row(href, StoryView.headlineOf(s),
                    List.copyOf(new LinkedHashSet<>(s.articles().stream().map(a -> a.proseName()).toList())),
                    dates.isEmpty() ? "" : dates.get(0), dates.isEmpty() ? "" : dates.get(dates.size() - 1),
                    s.articles().size(), s.quotes().size(), s.claims().size(), s.conflicts().size(), false);
        }

        public String dates() {
            return first.isEmpty() ? "" : first.equals(last) ? first : first + " \u2013 " + last;
        }

        /** The first outlets, the rest as a count. */
        public String outletsShort() {
            int shown = Math.min(3, outlets.size());
            String head = String.join(", ", outlets.subList(0, shown));
            return outlets.size() > shown ? head + " +" + (outlets.size() - shown) : head;
        }
    }

    /** The orders the index offers; the first is the default. */
    public enum Sort {
        ARTICLES("articles", "Articles", Comparator.comparingInt((Row r) -> -r.articles())),
        LATEST("latest", "Latest", Comparator.comparing(Row::last, Comparator.reverseOrder())),
        CONFLICTS("conflicts", "Conflicts", Comparator.comparingInt((Row r) -> -r.conflicts())),
        HEADLINE("headline", "Headline", Comparator.comparing((Row r) -> r.headline().toLowerCase(java.util.Locale.ROOT)));

        private final String key;
        private final String title;
        private final Comparator<Row> order;

        Sort(String key, String title, Comparator<Row> order) {
            this.key = key;
            this.title = title;
            this.order = order;
        }

        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        /** The order named {@code key}, else the default. */
        public static Sort named(String key) {
            for (Sort s : values()) {
                if (s.key.equals(key)) {
                    return s;
                }
            }
            return ARTICLES;
        }
    }

    /** Page {@code page} (from 1, clamped) of the rows in the given order, {@link #PAGE_SIZE} rows a page. */
    public static StoryIndex of(List<Row> all, Sort sort, int page, String link) {
        List<Row> sorted = all.stream().sorted(sort.order.thenComparing(Row::headline)).toList();
        int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(1, Math.min(page, pages));
        return new StoryIndex(sorted.subList((p - 1) * PAGE_SIZE, Math.min(sorted.size(), p * PAGE_SIZE)), sort, p,
                pages, sorted.size(), link);
    }

    /** Every page of the rows in the given order, from the first. */
    public static List<StoryIndex> pages(List<Row> all, Sort sort, String link) {
        StoryIndex first = of(all, sort, 1, link);
        List<StoryIndex> out = new ArrayList<>(List.of(first));
        for (int p = 2; p <= first.pages(); p++) {
            out.add(of(all, sort, p, link));
        }
        return List.copyOf(out);
    }

    /**
     * Where a page of an order is in a document that holds them all: {@code index-latest} for the first page,
     * {@code index-latest-2} for the second.
     */
    public static String anchor(Sort sort, int page) {
        return "index-" + sort.key() + (page > 1 ? "-" + page : "");
    }

    /** This page's {@link #anchor(Sort, int) anchor}. */
    public String anchor() {
        return anchor(sort, page);
    }

    public List<Sort> sorts() {
        return List.of(Sort.values());
    }

    /** The address of this index in another order, from its first page. */
    public String sortLink(Sort s) {
        return link == null ? "#" + anchor(s, 1) : String.format(java.util.Locale.ROOT, link, s.key(), 1);
    }

    /** The address of another page of this order. */
    public String pageLink(int p) {
        return link == null ? "#" + anchor(sort, p) : String.format(java.util.Locale.ROOT, link, sort.key(), p);
    }
}
