package org.parallax;

import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;

import java.io.DataInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/** Development aid: what the article phase embeds, by the stage that asks, on BigStoryProbe's cached articles. */
public final class MeaningsProbe {
    public static void main(String[] args) throws Exception {
        Batch batch = new ArticleReader().readPath(Path.of(args[0]).resolve("data/ecbplus-dev/articles.jsonl"));
        Map<String, RawArticle> raws = new HashMap<>();
        batch.articles().forEach(r -> raws.put(r.id(), r));
        List<Article> big = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(Path.of(args[1])))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                big.add(ArticleCodec.decode(b, raws.get(id)).orElseThrow());
            }
        }
        long q = 0, c = 0, s = 0, union = 0, carried = 0, loose = 0, chars = 0;
        for (Article a : big) {
            List<String> lq = org.parallax.quotes.QuoteStage.comparedTexts(a);
            List<String> lc = org.parallax.claims.ClaimStage.comparedTexts(a);
            List<String> ls = new org.parallax.summary.SummaryStage().comparedTexts(a);
            q += lq.size(); c += lc.size(); s += ls.size();
            Set<String> u = new LinkedHashSet<>(); u.addAll(lq); u.addAll(lc); u.addAll(ls);
            union += u.size();
            Set<String> l = new HashSet<>();
            for (String t : u) { l.add(t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()); chars += t.length(); }
            loose += l.size();
            carried += a.meanings().size();
        }
        System.out.printf("%d articles: quotes %d, claims %d, summary %d texts; distinct %d (%d chars), distinct up to case and punctuation %d; carried %d%n",
                big.size(), q, c, s, union, chars, loose, carried);
    }
}
