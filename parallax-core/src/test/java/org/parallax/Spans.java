package org.parallax;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Copy;
import org.parallax.model.CopiedPassage;
import org.parallax.model.Framing;
import org.parallax.model.Mention;
import org.parallax.model.Passage;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.Removed;
import org.parallax.model.Report;
import org.parallax.model.Sentence;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;
import org.parallax.model.TimeExpression;
import org.parallax.model.TimelineEvent;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every span a report gives points at its text: {@code original.substring(start, end)} is the
 * text the span carries (sentences, removed passages, time expressions, mentions, quote occurrences,
 * claim sources, framing terms and sources, summary passages), offsets lie inside the original and in
 * order where order is promised, and every document a story part cites is one of the story's. Returns
 * what is wrong, one line each, so a failing property shows every broken span at once.
 */
public final class Spans {
    private Spans() {
    }

    /** Everything wrong with the spans of one prepared article. */
    public static List<String> of(Article a) {
        List<String> bad = new ArrayList<>();
        String text = a.original();
        String where = a.id() + ": ";
        int last = 0;
        for (Passage p : a.body()) {
            if (p.span().end() > text.length() || p.span().start() < last) {
                bad.add(where + "body passage " + p.span() + " out of order or past the text (" + text.length() + ")");
            }
            last = p.span().end();
        }
        int lastSentence = 0;
        for (Sentence s : a.sentences()) {
            same(bad, where + "sentence " + s.index(), text, s.start(), s.end(), s.text());
            if (s.start() < lastSentence) {
                bad.add(where + "sentence " + s.index() + " starts before the one before it ends");
            }
            lastSentence = s.end();
            for (Token t : s.tokens()) {
                if (t.start() < s.start() || t.end() > s.end() || t.end() < t.start()) {
                    bad.add(where + "token [" + t.start() + ", " + t.end() + ") outside sentence " + s.index());
                }
            }
        }
        for (Removed r : a.removed()) {
            same(bad, where + "removed " + r.reason(), text, r.start(), r.end(), r.text());
        }
        for (TimeExpression t : a.times()) {
            same(bad, where + "time expression", text, t.start(), t.end(), t.text());
        }
        for (Mention m : a.mentions()) {
            same(bad, where + "mention", text, m.start(), m.end(), m.text());
        }
        return bad;
    }

    /** Everything wrong with the spans of a whole report. */
    public static List<String> of(Report report) {
        List<String> bad = new ArrayList<>();
        report.documents().forEach(a -> bad.addAll(of(a)));
        for (Story s : report.stories()) {
            Map<String, Article> docs = new HashMap<>();
            s.articles().forEach(a -> docs.put(a.id(), a));
            String where = "story " + s.id() + ": ";
            for (Quote q : s.quotes()) {
                for (QuoteOccurrence o : q.occurrences()) {
                    source(bad, where + "quote " + q.id(), docs, o.document(), o.start(), o.end(), o.text());
                }
            }
            for (Claim c : s.claims()) {
                for (SourceText t : c.sources()) {
                    source(bad, where + "claim " + c.id(), docs, t);
                }
                c.sourcing().forEach(so -> cited(bad, where + "claim " + c.id() + " sourcing", docs, so.documents()));
            }
            s.conflicts().forEach(c -> c.positions().forEach(p -> cited(bad, where + "conflict " + c.id(), docs, p.documents())));
            for (TimelineEvent e : s.timeline()) {
                cited(bad, where + "timeline " + e.date(), docs, e.documents());
            }
            for (Framing f : s.framing()) {
                Article a = docs.get(f.document());
                if (a == null) {
                    bad.add(where + "framing of a document not in the story: " + f.document());
                    continue;
                }
                for (Framing.LoadedTerm t : f.loadedTerms()) {
                    same(bad, where + "loaded term in " + a.id(), a.original(), t.start(), t.end(), t.text());
                }
                f.anonymousSources().forEach(t -> source(bad, where + "anonymous source", docs, t));
                f.namedSources().forEach(t -> source(bad, where + "named source", docs, t));
            }
            for (SummarySentence sent : s.summary()) {
                cited(bad, where + "summary citation", docs, sent.citations());
                sent.passages().forEach(t -> source(bad, where + "summary passage", docs, t));
            }
            if (s.provenance() != null) {
                for (Copy c : s.provenance().copies()) {
                    Article copy = docs.get(c.document());
                    Article from = docs.get(c.source());
                    if (copy == null || from == null) {
                        bad.add(where + "copy between documents not in the story: " + c.document() + " <- " + c.source());
                        continue;
                    }
                    for (CopiedPassage p : c.passages()) {
                        if (p.end() > copy.original().length() || p.sourceEnd() > from.original().length()) {
                            bad.add(where + "copied passage past the end of " + c.document() + " or " + c.source());
                        }
                    }
                }
            }
        }
        return bad;
    }

    private static void source(List<String> bad, String what, Map<String, Article> docs, SourceText t) {
        source(bad, what, docs, t.document(), t.start(), t.end(), t.text());
    }

    private static void source(List<String> bad, String what, Map<String, Article> docs, String doc, int start,
                               int end, String text) {
        Article a = docs.get(doc);
        if (a == null) {
            bad.add(what + ": cites a document not in the story: " + doc);
            return;
        }
        same(bad, what + " in " + doc, a.original(), start, end, text);
    }

    private static void cited(List<String> bad, String what, Map<String, Article> docs, List<String> ids) {
        for (String id : ids) {
            if (!docs.containsKey(id)) {
                bad.add(what + ": cites a document not in the story: " + id);
            }
        }
    }

    private static void same(List<String> bad, String what, String original, int start, int end, String text) {
        if (start < 0 || end < start || end > original.length()) {
            bad.add(what + ": [" + start + ", " + end + ") is outside the text (" + original.length() + " chars)");
        } else if (!original.substring(start, end).equals(text)) {
            bad.add(what + ": [" + start + ", " + end + ") is \"" + clip(original.substring(start, end))
                    + "\", not \"" + clip(text) + "\"");
        }
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
