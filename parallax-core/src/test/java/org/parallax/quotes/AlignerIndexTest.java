package org.parallax.quotes;

import org.junit.jupiter.api.Test;
import org.parallax.internal.Embeddings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aligner compares a quote only with the units it shares a content stem with (or that have none);
 * the statements it forms are those of comparing every pair, as it did before the index: checked on
 * random quotes drawn from a small vocabulary, so that many share words, runs and whole sentences.
 */
class AlignerIndexTest {
    private static final String[] VOCABULARY = ("we will rebuild the town and every family will get help the minister said "
            + "no one was hurt in the fire police are looking for two men who fled the scene after midnight").split(" ");

    private static List<Aligner.Unit> units(long seed, int count) {
        Random random = new Random(seed);
        List<Aligner.Unit> out = new ArrayList<>();
        List<String> previous = List.of();
        for (int i = 0; i < count; i++) {
            List<String> words;
            if (!previous.isEmpty() && random.nextInt(3) == 0) { // a copy or a piece of an earlier quote
                int from = random.nextInt(previous.size());
                words = previous.subList(from, from + 1 + random.nextInt(previous.size() - from));
            } else {
                words = new ArrayList<>();
                int n = random.nextInt(14);
                for (int k = 0; k < n; k++) {
                    words.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                }
            }
            previous = words;
            String text = String.join(" ", words);
            List<String> tokens = Words.of(text);
            String doc = "d" + random.nextInt(6);
            String speaker = random.nextInt(4) == 0 ? null : "s" + random.nextInt(3);
            out.add(new Aligner.Unit(doc, Integer.parseInt(doc.substring(1)), i * 100, i * 100 + text.length(), text, tokens,
                    Words.stems(tokens), i, speaker));
        }
        return out;
    }

    /** The aligner's clustering as it was before the index: every unit against every member of every cluster. */
    private static List<List<Aligner.Unit>> everyPair(List<Aligner.Unit> units) {
        List<float[]> vectors = Embeddings.embed(units.stream().map(Aligner.Unit::text).toList());
        List<List<Integer>> members = new ArrayList<>();
        for (int i : Aligner.order(units)) {
            Aligner.Unit u = units.get(i);
            int best = -1;
            double bestScore = 0;
            for (int c = 0; c < members.size(); c++) {
                for (int j : members.get(c)) {
                    Aligner.Unit v = units.get(j);
                    boolean sameDoc = v.doc().equals(u.doc());
                    if (sameDoc && (v.piece() == u.piece() || (v.start() < u.end() && u.start() < v.end()))) {
                        continue;
                    }
                    double r = Aligner.relation(u, v, vectors.get(i), vectors.get(j));
                    if (sameDoc && r < 2) {
                        continue;
                    }
                    if (r > bestScore) {
                        bestScore = r;
                        best = c;
                    }
                }
            }
            if (best < 0) {
                members.add(new ArrayList<>(List.of(i)));
            } else {
                members.get(best).add(i);
            }
        }
        Aligner.rejoinRewordings(units, vectors, members);
        List<List<Aligner.Unit>> out = new ArrayList<>();
        members.forEach(m -> out.add(m.stream().map(units::get).toList()));
        return out;
    }

    @Test
    void formsTheStatementsOfComparingEveryPair() {
        int joined = 0;
        for (long seed = 0; seed < 25; seed++) {
            List<Aligner.Unit> units = units(seed, 60);
            List<List<Aligner.Unit>> expected = everyPair(units);
            assertThat(Aligner.cluster(units)).as("seed %d", seed).isEqualTo(expected);
            joined += (int) expected.stream().filter(c -> c.size() > 1).count();
        }
        assertThat(joined).as("statements of several versions, so the comparison means something").isGreaterThan(100);
    }
}
