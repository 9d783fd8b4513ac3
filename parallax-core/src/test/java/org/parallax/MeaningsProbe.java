package org.parallax;

import org.parallax.model.Article;

import java.nio.file.Path;
import java.util.*;

/** Development aid: what the article phase embeds, by the stage that asks, on BigStoryProbe's cached articles. */
public final class MeaningsProbe {
    public static void main(String[] args) throws Exception {
        List<Article> big = BigStoryProbe.cached(Path.of(args[0]), Path.of(args[1]));
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
