package org.parallax.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.Parallax;
import org.parallax.cluster.dedup.StoryProvenance;
import org.parallax.model.Article;
import org.parallax.model.Copy;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.pipeline.StageResult;
import org.parallax.report.JsonReport;
import org.parallax.story.HeadlineStage;
import org.parallax.time.TimeResolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The story pipeline on one story's articles, inside Spark's {@code flatMapGroups}: the full analysis
 * ({@link Parallax#analyzeStory}) or, for clustering alone, the headline, as {@code parallax analyze} and
 * {@code parallax cluster} run them. Gives the story object and its documents as report.json has them
 * (the story's related links are added once all stories are known), and the story's problem if its
 * pipeline failed. One {@link Parallax} per task thread.
 */
final class StoryStage {
    private static final ThreadLocal<Parallax> PARALLAX = ThreadLocal.withInitial(Parallax::standard);
    private static final org.parallax.cluster.StoryGrouper GROUPER = org.parallax.cluster.EventGrouper.tuned();

    private StoryStage() {
    }

    static Iterator<OutRow> apply(long rank, Iterator<ArticleRow> members, boolean full) {
        List<ArticleRow> rows = new ArrayList<>();
        members.forEachRemaining(rows::add);
        rows.sort(Comparator.comparingLong(ArticleRow::getIndex));
        List<Article> articles = new ArrayList<>(rows.size());
        List<Copy> copies = new ArrayList<>();
        for (ArticleRow r : rows) {
            articles.add(ArticleStage.article(r));
        }
        // in the copy finder's order: by the later article of each pair, then the earlier
        List<CopyRow> made = new ArrayList<>();
        for (ArticleRow r : rows) {
            if (r.getCopies() != null) {
                for (String json : r.getCopies()) {
                    made.add(Codec.read(json, CopyRow.class));
                }
            }
        }
        made.sort(Comparator.comparingInt(CopyRow::getLater).thenComparingInt(CopyRow::getEarlier));
        made.forEach(c -> copies.add(Codec.read(c.getJson(), Copy.class)));
        String id = "s" + (rank + 1);
        List<OutRow> out = new ArrayList<>();
        Story story;
        ObjectNode json;
        if (full) {
            List<Rejected> rejected = new ArrayList<>();
            story = PARALLAX.get().analyzeStory(id, articles, StoryProvenance.of(articles, copies), rejected);
            rejected.forEach(r -> out.add(row("rejected", rank, -1, id,
                    JsonReport.mapper().createObjectNode().put("source", r.source()).put("problem", r.problem()).toString())));
            json = JsonReport.story(story);
        } else {
            // the grouping's warnings without loading the analysis models (stories come from EventGrouper)
            Story draft = Parallax.warned(Story.of(id, null, articles).withProvenance(StoryProvenance.of(articles, copies)),
                    GROUPER);
            story = new HeadlineStage().apply(draft) instanceof StageResult.Ok<Story> ok ? ok.value() : draft;
            json = JsonReport.mapper().createObjectNode();
            json.put("id", story.id());
            json.put("headline", story.headline());
            json.set("documents", JsonReport.mapper().valueToTree(story.documentIds()));
            json.set("provenance", JsonReport.mapper().valueToTree(story.provenance()));
            json.set("warnings", JsonReport.mapper().valueToTree(story.warnings()));
        }
        OutRow s = row("story", rank, -1, id, json.toString());
        s.setFirstReported(TimeResolver.firstReported(story.articles()).map(Object::toString).orElse(null));
        out.add(s);
        for (int i = 0; i < story.articles().size(); i++) {
            out.add(row("document", rank, rows.get(i).getIndex(), id, JsonReport.document(story.articles().get(i)).toString()));
        }
        return out.iterator();
    }

    static OutRow row(String kind, long rank, long index, String story, String json) {
        OutRow r = new OutRow();
        r.setKind(kind);
        r.setRank(rank);
        r.setIndex(index);
        r.setStory(story);
        r.setJson(json);
        return r;
    }
}
