package org.parallax;

import org.parallax.cluster.EventGrouper;
import org.parallax.cluster.Grouping;
import org.parallax.model.StoryLink;
import org.parallax.time.TimeResolver;
import org.parallax.cluster.dedup.CopyFinder;
import org.parallax.cluster.dedup.StoryProvenance;
import org.parallax.model.Copy;
import org.parallax.model.Provenance;
import org.parallax.cluster.StoryGrouper;
import org.parallax.entities.EntityStage;
import org.parallax.entities.MentionStage;
import org.parallax.ingest.ArticleCleaner;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.StageResult;
import org.parallax.quotes.QuoteStage;
import org.parallax.story.HeadlineStage;
import org.parallax.text.SentenceSplitter;
import org.parallax.time.PublicationDates;
import org.parallax.time.TimeResolver;
import org.parallax.time.TimelineStage;
import org.parallax.claims.ClaimStage;
import org.parallax.pipeline.Stage;
import org.parallax.time.TimeStage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The library's front door: articles in, a {@link Report} out.
 *
 * <pre>{@code
 * Report report = Parallax.standard().analyze(new ArticleReader().read(List.of("articles/"), System.in));
 * }</pre>
 *
 * <p>Three parts run in order: the article pipeline (clean, sentences, ...) on every article, in
 * parallel; the grouper, which sorts articles into stories; and the story pipeline (headline, entities,
 * quotes, claims, ...) on every story. Each part is a pure function of its input, so a run can be split
 * across threads or machines. Thread-safe.
 */
public final class Parallax {
    private final Pipeline<RawArticle, Article> articlePipeline;
    private final StoryGrouper grouper;
    private final Pipeline<Story, Story> storyPipeline;
    private final java.time.Duration articleTimeLimit;

    public Parallax(Pipeline<RawArticle, Article> articlePipeline, StoryGrouper grouper,
                    Pipeline<Story, Story> storyPipeline) {
        this(articlePipeline, grouper, storyPipeline, null);
    }

    private Parallax(Pipeline<RawArticle, Article> articlePipeline, StoryGrouper grouper,
                     Pipeline<Story, Story> storyPipeline, java.time.Duration articleTimeLimit) {
        this.articlePipeline = Objects.requireNonNull(articlePipeline, "articlePipeline");
        this.grouper = Objects.requireNonNull(grouper, "grouper");
        this.storyPipeline = Objects.requireNonNull(storyPipeline, "storyPipeline");
        this.articleTimeLimit = articleTimeLimit;
    }

    /**
     * This Parallax with a time limit on each article's pipeline: an article that takes longer is rejected
     * ("analysis took longer than the limit of 120 s: skipped") and the batch goes on without it. Its
     * worker cannot be stopped and is abandoned; see {@link org.parallax.pipeline.TimeBoxed} for the
     * trade-off. Without a limit (the default) articles run on the common pool as before.
     */
    public Parallax withArticleTimeLimit(java.time.Duration limit) {
        return new Parallax(articlePipeline, grouper, storyPipeline, Objects.requireNonNull(limit, "limit"));
    }

    /** The standard article pipeline: cleaning (with metadata) and sentence splitting. */
    public static Pipeline<RawArticle, Article> standardArticlePipeline() {
        // the parser, SUTime and the embeddings load while the tagger does (the syntax stage loads it now)
        org.parallax.internal.CoreNlp.preload(java.util.Map.of(
                "parser", org.parallax.internal.CoreNlp::dependencyParser,
                "sutime", TimeResolver::loadModels,
                "embeddings", org.parallax.internal.Embeddings::load));
        // syntax before times: SUTime reads the syntax stage's tokens and tags instead of tagging again
        return Pipeline.start("clean", new ArticleCleaner(new SentenceSplitter()))
                .then("syntax", new org.parallax.text.SyntaxStage())
                // -Dparallax.time.sutimeOnly=true measures SUTime without the news rules
                .then("times", new TimeStage(new TimeResolver(!Boolean.getBoolean("parallax.time.sutimeOnly"))))
                .then("mentions", new MentionStage())
                // the texts the story stages compare by meaning, embedded once with the article
                .then("meanings", new org.parallax.text.MeaningStage(List.of(
                        org.parallax.quotes.QuoteStage::comparedTexts,
                        org.parallax.claims.ClaimStage::comparedTexts,
                        new org.parallax.summary.SummaryStage()::comparedTexts)));
    }

    /** The standard story pipeline. */
    public static Pipeline<Story, Story> standardStoryPipeline() {
        return Pipeline.start("meanings", org.parallax.text.MeaningStage.held())
                .then("published", new PublicationDates())
                .then("headline", new HeadlineStage())
                .then("entities", new EntityStage())
                .then("quotes", new QuoteStage())
                .then("claims", new ClaimStage())
                .then("timeline", new TimelineStage())
                .then("framing", new org.parallax.framing.FramingStage())
                .then("coverage", new org.parallax.framing.CoverageStage())
                .then("summary", new org.parallax.summary.SummaryStage());
    }

    /** Parallax with every standard stage. */
    public static Parallax standard() {
        return new Parallax(standardArticlePipeline(), EventGrouper.tuned(), standardStoryPipeline());
    }

    /**
     * Grouping only: cleaning and sentences per article, stories with their headline and provenance, no
     * deep analysis (what {@link #cluster} reports). Loads no tagging or parsing models; for a server that
     * sorts a large stream into stories, and for tests of the machinery around the analysis.
     */
    public static Parallax fast() {
        return new Parallax(clusterArticlePipeline(), EventGrouper.tuned(),
                Pipeline.start("headline", (Stage<Story, Story>) new HeadlineStage()));
    }

    public Pipeline<RawArticle, Article> articlePipeline() {
        return articlePipeline;
    }

    public Pipeline<Story, Story> storyPipeline() {
        return storyPipeline;
    }

    /** The fast article pipeline of {@link #cluster}: cleaning (with metadata) and sentence splitting only. */
    public static Pipeline<RawArticle, Article> clusterArticlePipeline() {
        return Pipeline.start("clean", new ArticleCleaner(new SentenceSplitter()));
    }

    /**
     * The fast path: cleans the batch with {@link #clusterArticlePipeline()}, groups it into stories with
     * this instance's grouper and gives each story its headline, without the deep per-story analysis.
     */
    public Report cluster(Batch batch, IntConsumer progress) {
        List<Rejected> rejected = new ArrayList<>(batch.rejected());
        List<Article> articles = prepare(clusterArticlePipeline(), batch.articles(), rejected, progress, articleTimeLimit);
        List<Story> stories = new ArrayList<>();
        HeadlineStage headline = new HeadlineStage();
        Grouping grouping = grouper.groupAndRelate(articles);
        List<List<Article>> groups = grouping.stories();
        List<Copy> copies = new CopyFinder().find(articles);
        for (int i = 0; i < groups.size(); i++) {
            Story draft = warned(Story.of("s" + (i + 1), null, groups.get(i))
                    .withProvenance(StoryProvenance.of(groups.get(i), copies)), grouper);
            stories.add(headline.apply(draft) instanceof StageResult.Ok<Story> ok ? ok.value() : draft);
        }
        List<Article> documents = stories.stream().flatMap(s -> s.articles().stream()).toList();
        return new Report(Report.GENERATOR, documents, stories, rejected, links(grouping, stories));
    }

    /**
     * Analyses a batch, reporting each finished article to {@code progress}: one pass of an
     * {@link AnalysisSession}, the same orchestration the server runs incrementally.
     */
    public Report analyze(Batch batch, IntConsumer progress) {
        Batch distinct = batch.distinctIds();
        return AnalysisSession.analyze(this, distinct.articles(), distinct.rejected(), progress);
    }

    /**
     * Groups articles that already went through the article pipeline into stories and runs the story
     * pipeline on each; {@code rejected} lists earlier problems to carry into the report. For callers
     * that keep prepared articles between runs (the web app re-groups after every upload).
     */
    public Report analyzePrepared(List<Article> articles, List<Rejected> rejected) {
        rejected = new ArrayList<>(rejected);
        List<Story> stories = new ArrayList<>();
        Grouping grouping = grouper.groupAndRelate(articles);
        List<List<Article>> groups = grouping.stories();
        List<Copy> copies = new CopyFinder().find(articles);
        for (int i = 0; i < groups.size(); i++) {
            stories.add(analyzeStory("s" + (i + 1), groups.get(i), StoryProvenance.of(groups.get(i), copies), rejected));
        }
        List<Article> documents = stories.stream().flatMap(s -> s.articles().stream()).toList();
        return new Report(Report.GENERATOR, documents, stories, rejected, links(grouping, stories));
    }

    private static List<StoryLink> links(Grouping grouping, List<Story> stories) {
        return links(grouping, stories, stories.stream().map(Story::id).toList());
    }

    /**
     * The grouper's links as links between the given ids of the stories (the grouping's order), earlier
     * story first when both are dated.
     */
    public static List<StoryLink> links(Grouping grouping, List<Story> stories, List<String> ids) {
        List<StoryLink> out = new ArrayList<>();
        for (Grouping.Link l : grouping.related()) {
            java.util.Optional<java.time.LocalDate> da = firstReported(stories.get(l.first()));
            java.util.Optional<java.time.LocalDate> db = firstReported(stories.get(l.second()));
            // reported the same day, neither is the earlier round
            boolean dated = da.isPresent() && db.isPresent() && !da.get().equals(db.get());
            boolean swap = dated && db.get().isBefore(da.get());
            String a = ids.get(l.first());
            String b = ids.get(l.second());
            out.add(new StoryLink(swap ? b : a, swap ? a : b, dated, l.shared()));
        }
        return out;
    }

    private static java.util.Optional<java.time.LocalDate> firstReported(Story story) {
        return TimeResolver.firstReported(story.articles());
    }

    /** Sorts prepared articles into stories' groups, as {@link #analyzePrepared} does. */
    public List<List<Article>> group(List<Article> articles) {
        return grouper.group(articles);
    }

    /** As {@link #group}, with the pairs of groups that are related events. */
    public Grouping groupAndRelate(List<Article> articles) {
        return grouper.groupAndRelate(articles);
    }

    /**
     * Runs the story pipeline on one group of prepared articles. When it fails, the problem is added to
     * {@code rejected} and the story comes back with only its articles.
     */
    public Story analyzeStory(String id, List<Article> articles, List<Rejected> rejected) {
        return analyzeStory(id, articles, StoryProvenance.of(articles, new CopyFinder().find(articles)), rejected);
    }

    /** As {@link #analyzeStory(String, List, List)}, with the story's provenance already found. */
    public Story analyzeStory(String id, List<Article> articles, Provenance provenance, List<Rejected> rejected) {
        Story draft = warned(Story.of(id, null, articles).withProvenance(provenance), grouper);
        StageResult<Story> result = storyPipeline.apply(draft);
        if (result instanceof StageResult.Ok<Story> ok) {
            return ok.value();
        }
        rejected.add(new Rejected("story " + draft.id(), result.problem()));
        return draft;
    }

    /** The story with what {@code grouper} says of its grouping among its warnings ("grouping: ..."). */
    public static Story warned(Story story, StoryGrouper grouper) {
        for (String w : grouper.warnings(story.articles())) {
            story = story.withWarning("grouping", w);
        }
        return story;
    }

    public Report analyze(Batch batch) {
        return analyze(batch, done -> { });
    }

    /** Runs the article pipeline on every article, in parallel, keeping input order. */
    public List<Article> prepare(List<RawArticle> raws, List<Rejected> rejected, IntConsumer progress) {
        return prepare(articlePipeline, raws, rejected, progress, articleTimeLimit);
    }

    /** Runs the given article pipeline on every article, in parallel, keeping input order. */
    public static List<Article> prepare(Pipeline<RawArticle, Article> articlePipeline, List<RawArticle> raws,
                                         List<Rejected> rejected, IntConsumer progress) {
        return prepare(articlePipeline, raws, rejected, progress, null);
    }

    /**
     * As {@link #prepare(Pipeline, List, List, IntConsumer)}, each article given at most {@code limit}
     * (null for no limit); an article over it is rejected and the rest go on.
     */
    public static List<Article> prepare(Pipeline<RawArticle, Article> articlePipeline, List<RawArticle> raws,
                                         List<Rejected> rejected, IntConsumer progress, java.time.Duration limit) {
        List<StageResult<Article>> results;
        if (limit == null) {
            AtomicInteger done = new AtomicInteger();
            results = raws.parallelStream().map(raw -> {
                StageResult<Article> r = articlePipeline.apply(raw);
                progress.accept(done.incrementAndGet());
                return r;
            }).toList();
        } else {
            results = new org.parallax.pipeline.TimeBoxed<>("article", articlePipeline,
                    Runtime.getRuntime().availableProcessors(), limit).applyAll(raws, progress);
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            StageResult<Article> r = results.get(i);
            if (r instanceof StageResult.Ok<Article> ok) {
                articles.add(ok.value());
            } else {
                rejected.add(new Rejected(raws.get(i).source(), r.problem()));
            }
        }
        return articles;
    }

    @Override
    public String toString() {
        return "Parallax[articles=" + articlePipeline.stepNames() + ", stories=" + storyPipeline.stepNames() + "]";
    }
}
