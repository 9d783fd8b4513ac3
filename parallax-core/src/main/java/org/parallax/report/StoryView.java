package org.parallax.report;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.Copy;
import org.parallax.model.DiffPart;
import org.parallax.model.Match;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Sentence;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;
import org.parallax.model.TimelineEvent;
import org.parallax.model.Trajectory;
import org.parallax.pipeline.StageResult;
import org.parallax.story.HeadlineStage;
import org.parallax.time.TimelineView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One story as the templates draw it, in the static report or on its web page: the same sections, the
 * same names for outlets ({@link StoryAnchors#name}), the same links to sentences. Worked out from the
 * {@link Story} record alone; what differs between the two places is given as a {@link Place}. Holds no
 * markup: the templates under {@code src/main/jte} write it, escaping every value. Thread-safe once built.
 */
public final class StoryView {
    /** Citations past this many collapse to a count that opens the list. */
    static final int SHOWN_CITATIONS = 3;
    /** Conflict cards shown at the top of a story; the rest are in the conflicts section. */
    static final int TOP_CONFLICTS = 3;

    /**
     * Where a story is drawn.
     *
     * @param prefix     what makes this story's ids unique on its page ("" on its own page)
     * @param level      the heading level of the story's headline (1 on its own page, 2 in the report)
     * @param exportBase what an export's file name is appended to ("/stories/ID/export/", "exports/ID-")
     * @param permalink  the address of the story's page, to which a quote's or claim's anchor is appended
     * @param scripted   whether the page runs the app's script (buttons that need it are left out otherwise)
     */
    public record Place(String prefix, int level, String exportBase, String permalink, boolean scripted) {
        public Place {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(exportBase, "exportBase");
            Objects.requireNonNull(permalink, "permalink");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("headline level must be 1 or 2: " + level);
            }
        }

        /** A story's own web page. */
        public static Place page(String storyId) {
            return new Place("", 1, "/stories/" + storyId + "/export/", "/stories/" + storyId, true);
        }

        /** Story number {@code n} of the static report, with exports written beside it. */
        public static Place report(int n, String storyId) {
            return new Place("st" + n + "-", 2, "exports/" + fileSafe(storyId) + "-", "report.html", false);
        }
    }

    /** A link into the story (or plain text when {@code href} is empty). */
    public record Link(String href, String text, String title) {
    }

    /** One side of a conflict: its wording and value, the outlets behind it with links, their sources. */
    public record Side(String text, String value, List<Link> outlets, List<String> sources) {
    }

    /** A conflict as a card: topic, each side, why it is a conflict. */
    public record ConflictCard(String id, String topic, List<Side> sides, String explanation) {
    }

    /** A figure that moved across reports: its name, each value as reported, and its chart. */
    public record FigureChange(String slot, List<String> steps, Svg chart) {
    }

    /** A statement one outlet altered or gave to another speaker. */
    public record Changed(String anchor, String speaker, String text, String how, List<Link> outlets) {
    }

    /** A column of the claims matrix: an outlet, and the copy family it belongs to ("" for none). */
    public record Column(String document, String anchor, String name, String family) {
    }

    /** A row of the claims matrix: the claim and, per column, the sentence stating it or null. */
    public record Row(Claim claim, String anchor, List<Link> cells) {
    }

    /** An outlet's version of a quote: link to it, how it matches, the speaker as written, its word diff. */
    public record Version(Link outlet, String match, String speakerAsWritten, List<DiffPart> diff) {
    }

    /** A statement with every outlet's version. */
    public record QuoteCard(Quote quote, String anchor, String speaker, List<Version> versions, String citation) {
    }

    /** A claim with its permalink and copyable citation. */
    public record ClaimLine(Claim claim, String anchor, String citation, String outlets) {
    }

    /** A dated event with its outlets linked. */
    public record Event(String date, String text, List<Link> outlets) {
    }

    /** An article's text, sentence by sentence in paragraphs, each sentence addressable. */
    public record ArticleText(String anchor, String name, String title, String meta, String url,
                              List<List<Link>> paragraphs, List<String> warnings, int removed) {
    }

    /** A summary sentence with its citations. */
    public record Line(String text, List<Link> citations) {
    }

    /** A section of the story: its heading, anchor, and whether it has anything. */
    public record Section(String title, String anchor, boolean empty, String emptyText) {
    }

    private final Story story;
    private final String storyId;
    private final Place place;
    private final StoryAnchors anchors;

    public StoryView(String storyId, Story story, Place place) {
        this.storyId = Objects.requireNonNull(storyId, "storyId");
        this.story = Objects.requireNonNull(story, "story");
        this.place = Objects.requireNonNull(place, "place");
        this.anchors = new StoryAnchors(story, place.prefix());
    }

    public Story story() {
        return story;
    }

    public String storyId() {
        return storyId;
    }

    public Place place() {
        return place;
    }

    public StoryAnchors anchors() {
        return anchors;
    }

    /** A page-unique id for a section or card of this story. */
    public String id(String local) {
        return anchors.id(local);
    }

    public String headline() {
        return headlineOf(story);
    }

    /**
     * The story's headline; a story kept without one gets one from its members' titles (else its lead) as the
     * headline stage chooses it, so no story is drawn as "untitled" while its articles have titles.
     */
    public static String headlineOf(Story story) {
        if (story.headline() != null) {
            return story.headline();
        }
        if (new HeadlineStage().apply(story) instanceof StageResult.Ok<Story> ok && ok.value().headline() != null) {
            return ok.value().headline();
        }
        return "Untitled story";
    }

    public String dates() {
        return dateRange(story);
    }

    /** The story's outlets, each once, by the one name the page gives them. */
    public List<String> outlets() {
        return new ArrayList<>(new LinkedHashSet<>(story.articles().stream().map(Article::proseName).toList()));
    }

    public String name(String document) {
        return anchors.name(document);
    }

    /** The sections in reading order, with their emptiness (one list for the report and the page). */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        out.add(new Section(StoryPart.SUMMARY.title(), "summary", story.summary().isEmpty(),
                "No summary: the summary stage found no sentence to cite for this story."));
        out.add(new Section(StoryPart.CONFLICTS.title(), "conflicts", story.conflicts().isEmpty(),
                "No conflicting accounts found."));
        out.add(new Section("Figures over time", "trajectories", story.trajectories().isEmpty(), null));
        out.add(new Section(StoryPart.QUOTES.title(), "quotes", story.quotes().isEmpty(), "No quotes found in these articles."));
        out.add(new Section(StoryPart.CLAIMS.title(), "claims", story.claims().isEmpty(), "No claims extracted."));
        out.add(new Section(StoryPart.TIMELINE.title(), "timeline", story.timeline().isEmpty(), "No dated events."));
        out.add(new Section("Coverage", "coverage", false, null));
        out.add(new Section(StoryPart.FRAMING.title(), "framing", story.framing().isEmpty(), "No framing analysis."));
        out.add(new Section("Copies and provenance", "provenance", story.provenance() == null
                || story.provenance().copies().isEmpty() && story.provenance().earliest() == null, null));
        out.add(new Section("People and organisations", "entities", story.entities().isEmpty(), null));
        out.add(new Section("Articles", "articles", story.articles().isEmpty(), "No articles."));
        out.add(new Section("Export", "export", false, null));
        return out;
    }

    /** The sections drawn: those with something, and the core ones that say they found nothing. */
    public List<Section> shownSections() {
        return sections().stream().filter(s -> !s.empty() || s.emptyText() != null).toList();
    }

    // ---- at a glance

    /** Claims that independent outlets back, best-backed first. */
    public List<ClaimLine> established() {
        return story.claims().stream().filter(c -> c.status() == Claim.Status.CORROBORATED)
                .sorted(Comparator.comparingInt((Claim c) -> -c.independentSources()))
                .limit(5).map(this::claimLine).toList();
    }

    public int corroborated() {
        return (int) story.claims().stream().filter(c -> c.status() == Claim.Status.CORROBORATED).count();
    }

    public List<ConflictCard> conflicts() {
        List<ConflictCard> out = new ArrayList<>();
        for (Conflict x : story.conflicts()) {
            List<Side> sides = new ArrayList<>();
            for (Conflict.Position p : x.positions()) {
                Claim claim = claim(p.claim());
                String value = claim == null || claim.quantities().isEmpty() ? ""
                        : claim.quantities().stream().map(QuantityText::of).collect(Collectors.joining("; "));
                List<Link> outlets = p.documents().stream().map(d -> new Link(sourceAnchor(claim, d), name(d), null)).toList();
                sides.add(new Side(p.text(), value, outlets, p.sources()));
            }
            out.add(new ConflictCard(id("conflict-" + x.id()), x.topic(), sides, x.explanation()));
        }
        return out;
    }

    public List<ConflictCard> topConflicts() {
        List<ConflictCard> all = conflicts();
        return all.subList(0, Math.min(TOP_CONFLICTS, all.size()));
    }

    /** Figures that took more than one value across the reports, oldest report first. */
    public List<FigureChange> changedFigures() {
        List<FigureChange> out = new ArrayList<>();
        for (Trajectory t : story.trajectories()) {
            List<String> steps = new ArrayList<>();
            for (Trajectory.Point p : t.points()) {
                steps.add(p.text() + (p.reported() == null ? "" : " (" + p.reported() + ")"));
            }
            out.add(new FigureChange(t.slot(), steps, Charts.trajectory(t, this)));
        }
        return out;
    }

    /** Statements an outlet quoted in other words, or gave to another speaker. */
    public List<Changed> changedStatements() {
        List<Changed> out = new ArrayList<>();
        for (Quote q : story.quotes()) {
            List<QuoteOccurrence> altered = q.occurrences().stream().filter(o -> o.match() == Match.ALTERED).toList();
            if (!q.speakerDisputed() && altered.isEmpty()) {
                continue;
            }
            String how = q.speakerDisputed() ? "outlets name different speakers" : "words altered inside quotation marks";
            List<QuoteOccurrence> shown = q.speakerDisputed() ? q.occurrences() : altered;
            List<Link> outlets = shown.stream().map(o -> new Link(anchors.at(o.document(), o.start()),
                    name(o.document()) + (q.speakerDisputed() && o.speakerAsWritten() != null ? ": " + o.speakerAsWritten() : ""),
                    null)).toList();
            out.add(new Changed("#" + id("quote-" + q.id()), speaker(q), q.text(), how, outlets));
        }
        return out;
    }

    // ---- sections

    public List<Line> summary() {
        List<Line> out = new ArrayList<>();
        for (SummarySentence s : story.summary()) {
            List<Link> cites = new ArrayList<>();
            for (String doc : s.citations()) {
                if (!anchors.has(doc)) {
                    continue;
                }
                String target = s.passages().stream().filter(p -> p.document().equals(doc)).findFirst()
                        .map(p -> anchors.at(doc, p.start())).orElseGet(() -> anchors.best(doc, s.text()));
                String title = s.passages().stream().filter(p -> p.document().equals(doc)).map(SourceText::text)
                        .findFirst().orElse(null);
                cites.add(new Link(target, name(doc), title));
            }
            out.add(new Line(s.text(), cites));
        }
        return out;
    }

    public int shownCitations() {
        return SHOWN_CITATIONS;
    }

    public List<QuoteCard> quotes() {
        List<QuoteCard> out = new ArrayList<>();
        for (Quote q : story.quotes()) {
            List<Version> versions = new ArrayList<>();
            for (QuoteOccurrence o : q.occurrences()) {
                String asWritten = o.speakerAsWritten() == null ? null : o.speakerAsWritten()
                        + (o.speaker() != null && !o.speaker().equals(o.speakerAsWritten()) ? " (" + o.speaker() + ")" : "");
                List<DiffPart> diff = o.match() == Match.PARAPHRASE || o.diff().isEmpty()
                        ? List.of(new DiffPart("same", o.text())) : o.diff();
                versions.add(new Version(new Link(anchors.at(o.document(), o.start()), name(o.document()), null),
                        o.match().toString(), asWritten, diff));
            }
            String outlets = q.occurrences().stream().map(o -> name(o.document())).distinct().collect(Collectors.joining(", "));
            String citation = speaker(q) + ": \u201c" + q.text() + "\u201d (as reported by " + outlets + "). In \u201c"
                    + headline() + "\u201d, " + permalink("quote-" + q.id());
            out.add(new QuoteCard(q, id("quote-" + q.id()), speaker(q), versions, citation));
        }
        return out;
    }

    public List<ClaimLine> claims() {
        return story.claims().stream().map(this::claimLine).toList();
    }

    private ClaimLine claimLine(Claim c) {
        String outlets = c.sources().stream().map(SourceText::document).distinct().map(this::name)
                .collect(Collectors.joining(", "));
        String citation = "\u201c" + c.text() + "\u201d: " + c.status() + ", " + c.independentSources()
                + (c.independentSources() == 1 ? " independent source" : " independent sources") + " (" + outlets
                + "). In \u201c" + headline() + "\u201d, " + permalink("claim-" + c.id());
        return new ClaimLine(c, id("claim-" + c.id()), citation, outlets);
    }

    /** The address of a quote or claim: the story's page and the item's anchor. */
    public String permalink(String local) {
        return place.permalink() + "#" + id(local);
    }

    /**
     * The claims matrix's columns: outlets that copy one another side by side (a source, then its copies),
     * then the rest in story order.
     */
    public List<Column> columns() {
        Map<String, String> family = new LinkedHashMap<>();
        if (story.provenance() != null) {
            for (Copy c : story.provenance().copies()) {
                String root = c.source();
                while (family.containsKey(root) && !family.get(root).equals(root)) {
                    root = family.get(root);
                }
                family.putIfAbsent(root, root);
                family.put(c.document(), root);
            }
        }
        List<Column> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String root : new LinkedHashSet<>(family.values())) {
            if (!anchors.has(root)) {
                continue;
            }
            for (Article a : story.articles()) {
                if (root.equals(family.get(a.id())) && done.add(a.id())) {
                    out.add(new Column(a.id(), anchors.doc(a.id()), a.proseName(), "copies of " + name(root)));
                }
            }
        }
        for (Article a : story.articles()) {
            if (done.add(a.id())) {
                out.add(new Column(a.id(), anchors.doc(a.id()), a.proseName(), ""));
            }
        }
        return out;
    }

    /** The matrix's rows, most widely stated claims first. */
    public List<Row> rows() {
        List<Column> columns = columns();
        List<Row> out = new ArrayList<>();
        List<Claim> claims = story.claims().stream()
                .sorted(Comparator.comparingLong((Claim c) -> -c.sources().stream().map(SourceText::document).distinct().count()))
                .toList();
        for (Claim c : claims) {
            List<Link> cells = new ArrayList<>();
            for (Column col : columns) {
                SourceText src = c.sources().stream().filter(s -> s.document().equals(col.document())).findFirst().orElse(null);
                cells.add(src == null ? null : new Link(anchors.at(col.document(), src.start()), col.name(), src.text()));
            }
            out.add(new Row(c, id("claim-" + c.id()), cells));
        }
        return out;
    }

    public List<Event> events() {
        TimelineView view = TimelineView.of(story);
        return events(view.recent().isEmpty() ? view.background() : view.recent());
    }

    public List<Event> background() {
        TimelineView view = TimelineView.of(story);
        return view.recent().isEmpty() ? List.of() : events(view.background());
    }

    private List<Event> events(List<TimelineEvent> list) {
        List<Event> out = new ArrayList<>();
        for (TimelineEvent e : list) {
            Claim claim = e.claims().isEmpty() ? null : claim(e.claims().get(0));
            out.add(new Event(e.date(), e.text(), e.documents().stream()
                    .map(d -> new Link(claim != null ? sourceAnchor(claim, d) : anchors.best(d, e.text()), name(d), null))
                    .toList()));
        }
        return out;
    }

    public Svg timelineChart() {
        TimelineView view = TimelineView.of(story);
        return Charts.timeline(view.recent().isEmpty() ? view.background() : view.recent());
    }

    public Svg coverageChart() {
        return Charts.coverage(this);
    }

    public Svg sourcingChart() {
        return Charts.sourcing(this);
    }

    /** How many articles state no publication date (left off the coverage chart). */
    public int undated() {
        return (int) story.articles().stream().filter(a -> a.published() == null).count();
    }

    public List<ArticleText> articles() {
        List<ArticleText> out = new ArrayList<>();
        for (Article a : story.articles()) {
            String anchor = anchors.doc(a.id());
            List<String> meta = new ArrayList<>();
            if (a.published() != null) {
                meta.add(a.published().date());
            }
            if (a.dateline() != null) {
                meta.add(a.dateline());
            }
            if (a.author() != null) {
                meta.add(a.author());
            }
            meta.add(a.id());
            List<List<Link>> paragraphs = new ArrayList<>();
            if (a.sentences().isEmpty()) {
                for (String p : a.text().split("\n\n")) {
                    paragraphs.add(List.of(new Link("", p, null)));
                }
            } else {
                int paragraph = Integer.MIN_VALUE;
                for (Sentence s : a.sentences()) {
                    if (s.paragraph() != paragraph) {
                        paragraphs.add(new ArrayList<>());
                        paragraph = s.paragraph();
                    }
                    paragraphs.get(paragraphs.size() - 1).add(new Link(anchor + "-s" + s.index(), s.text(), null));
                }
            }
            out.add(new ArticleText(anchor, a.proseName(), a.title(), String.join(" \u00b7 ", meta),
                    a.url() != null && isWebAddress(a.url()) ? a.url() : null, paragraphs, a.warnings(), a.removed().size()));
        }
        return out;
    }

    /** The exports of this story: (label, address) pairs. */
    public List<Link> exports() {
        List<Link> out = new ArrayList<>();
        for (StoryExport.Kind k : StoryExport.Kind.values()) {
            for (String format : List.of("csv", "json")) {
                out.add(new Link(place.exportBase() + k.file() + "." + format, k.title() + " (" + format.toUpperCase(Locale.ROOT) + ")",
                        null));
            }
        }
        return out;
    }

    /** A run of matrix columns that belong to one copy family (or to none). */
    public record Group(String name, int span) {
    }

    /** The matrix's column groups, left to right. */
    public static List<Group> groups(List<Column> columns) {
        List<Group> out = new ArrayList<>();
        for (Column c : columns) {
            String name = c.family().isEmpty() ? "other outlets" : c.family();
            if (!out.isEmpty() && out.get(out.size() - 1).name().equals(name)) {
                out.set(out.size() - 1, new Group(name, out.get(out.size() - 1).span() + 1));
            } else {
                out.add(new Group(name, 1));
            }
        }
        return out;
    }

    /** An outlet's name cut to fit a matrix column (the whole name is its tooltip). */
    public static String shortName(String name) {
        return name.length() <= 16 ? name : name.substring(0, 15) + "\u2026";
    }

    // ---- helpers

    public String speaker(Quote q) {
        return q.speaker() == null || q.speaker().name() == null ? "Unknown speaker" : q.speaker().name();
    }

    Claim claim(String id) {
        return story.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** The sentence where a document states a claim, else the document. */
    String sourceAnchor(Claim claim, String document) {
        if (claim != null) {
            for (SourceText s : claim.sources()) {
                if (s.document().equals(document)) {
                    return anchors.at(document, s.start());
                }
            }
        }
        return anchors.doc(document);
    }

    /** The range of the story's publication dates ("2025-10-29 – 2025-11-01"), or "". */
    public static String dateRange(Story s) {
        TreeSet<String> dates = new TreeSet<>();
        s.articles().stream().map(Article::published).filter(Objects::nonNull).forEach(p -> dates.add(p.date()));
        if (dates.isEmpty()) {
            return "";
        }
        return dates.first().equals(dates.last()) ? dates.first() : dates.first() + " \u2013 " + dates.last();
    }

    /** A story id as a file name: letters, digits, '-' and '_' kept, anything else '_'. */
    public static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Only web addresses become links: "javascript:" and other schemes stay text. */
    public static boolean isWebAddress(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
