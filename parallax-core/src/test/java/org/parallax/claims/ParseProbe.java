package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Token;

/** Development tool, not a test: prints each sentence's tokens with tag, head and relation, and its figures. */
public final class ParseProbe {
    public static void main(String[] args) {
        for (String text : args) {
            Article a = Fixtures.article("p", "Probe", "2025-01-01", text);
            for (Sentence s : a.sentences()) {
                Parse p = s.parse();
                for (int i = 0; i < s.tokens().size(); i++) {
                    Token t = s.tokens().get(i);
                    System.out.printf("%3d %-14s %-5s %-10s head=%d %s%n", i, t.word(), t.tag(), t.lemmaOrWord(),
                            p == null ? -9 : p.head(i), p == null ? "" : p.relation(i));
                }
            }
            for (Figure f : FigureReader.read(a)) {
                System.out.println("   " + f.text() + " pred=" + f.predicate() + " part=" + f.partitive() + " place=" + f.place());
            }
        }
    }
}
