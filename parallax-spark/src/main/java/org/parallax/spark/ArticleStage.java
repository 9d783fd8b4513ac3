package org.parallax.spark;

import org.parallax.Parallax;
import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.RawArticle;
import org.parallax.model.Span;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The article pipeline inside Spark's {@code mapPartitions}. The heavy models (CoreNLP's taggers and
 * parser, SUTime) live in core's process-wide holders, so each executor JVM loads them once, on its first
 * article; each task thread builds its own pipeline once ({@link ThreadLocal}) and reuses it for every
 * partition it runs. Also the conversions between an {@link Article} and its {@link ArticleRow}.
 */
final class ArticleStage {
    private static final ThreadLocal<Pipeline<RawArticle, Article>> FULL =
            ThreadLocal.withInitial(Parallax::standardArticlePipeline);
    private static final ThreadLocal<Pipeline<RawArticle, Article>> CLUSTER =
            ThreadLocal.withInitial(Parallax::clusterArticlePipeline);

    private ArticleStage() {
    }

    /** Runs the full (analysis) or the fast (clustering) article pipeline on a partition's rows. */
    static Iterator<ArticleRow> apply(Iterator<RawRow> rows, boolean full) {
        Pipeline<RawArticle, Article> pipeline = (full ? FULL : CLUSTER).get();
        List<ArticleRow> out = new ArrayList<>();
        while (rows.hasNext()) {
            RawRow raw = rows.next();
            if (raw.getProblem() != null) {
                out.add(problem(raw.getIndex(), raw.getSource(), raw.getProblem()));
                continue;
            }
            StageResult<Article> result = pipeline.apply(Inputs.article(raw));
            if (result instanceof StageResult.Ok<Article> ok) {
                out.add(row(raw.getIndex(), ok.value(), true));
            } else {
                out.add(problem(raw.getIndex(), raw.getSource(), result.problem()));
            }
        }
        return out.iterator();
    }

    static ArticleRow problem(long index, String source, String problem) {
        ArticleRow r = new ArticleRow();
        r.setIndex(index);
        r.setId("");
        r.setSource(source);
        r.setProblem(problem);
        return r;
    }

    /** The row of an article; {@code payload} keeps the whole analysed article for the story pipeline. */
    static ArticleRow row(long index, Article a, boolean payload) {
        ArticleRow r = new ArticleRow();
        r.setIndex(index);
        r.setId(a.id());
        r.setSource(a.source());
        r.setTitle(a.title());
        r.setPublished(a.published() == null ? null : a.published().date());
        r.setOriginal(a.original());
        int n = a.body().size();
        int[] paragraphs = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            Passage p = a.body().get(i);
            paragraphs[i] = p.paragraph();
            starts[i] = p.span().start();
            ends[i] = p.span().end();
        }
        r.setParagraphs(paragraphs);
        r.setStarts(starts);
        r.setEnds(ends);
        r.setPayload(payload ? Codec.write(a) : null);
        return r;
    }

    /** The article a row holds: the analysed one when the row keeps it, else what clustering reads. */
    static Article article(ArticleRow r) {
        return r.getPayload() != null ? Codec.read(r.getPayload(), Article.class) : skeleton(r);
    }

    /**
     * What clustering and copy finding read of an article (id, title, date, original, kept passages),
     * without the parsing the payload would cost.
     */
    static Article skeleton(ArticleRow r) {
        List<Passage> body = new ArrayList<>(r.getStarts().length);
        for (int i = 0; i < r.getStarts().length; i++) {
            body.add(new Passage(r.getParagraphs()[i], new Span(r.getStarts()[i], r.getEnds()[i])));
        }
        Published published = r.getPublished() == null ? null
                : new Published(r.getPublished(), Published.How.GIVEN, r.getPublished());
        return new Article(r.getId(), r.getSource(), r.getOriginal(), null, r.getTitle(), published, null, null, null,
                List.of(), body, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
