package org.parallax.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The basic Universal Dependencies tree of one sentence, over its tokens (indices from 0, as in
 * {@link Sentence#tokens()}). {@link #head(int)} is -1 for the root. Immutable.
 */
public final class Parse {
    private final int[] heads;
    private final String[] relations;

    public Parse(int[] heads, String[] relations) {
        Objects.requireNonNull(heads, "heads");
        Objects.requireNonNull(relations, "relations");
        if (heads.length != relations.length) {
            throw new IllegalArgumentException("one head and one relation per token");
        }
        this.heads = heads.clone();
        this.relations = relations.clone();
    }

    public int size() {
        return heads.length;
    }

    /** The governor of token {@code i}, or -1 for the root. */
    public int head(int i) {
        return heads[i];
    }

    /** The relation of token {@code i} to its governor ("nsubj", "obl:tmod", "root" ...). */
    public String relation(int i) {
        return relations[i];
    }

    /** Token {@code i}'s relation without its subtype ("obl:tmod" is "obl"). */
    public String baseRelation(int i) {
        String r = relations[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The dependents of token {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.length; j++) {
            if (heads[j] == i) {
                out.add(j);
            }
        }
        return out;
    }

    /** The first dependent of token {@code i} with this relation (or relation prefix, "nsubj" matches "nsubj:pass"). */
    public int child(int i, String relation) {
        for (int j = 0; j < heads.length; j++) {
            if (heads[j] == i && (relations[j].equals(relation) || relations[j].startsWith(relation + ":"))) {
                return j;
            }
        }
        return -1;
    }

    /** Token {@code i} and everything below it: the first and last token index of its subtree. */
    public int[] subtree(int i) {
        int lo = i;
        int hi = i;
        boolean grew = true;
        boolean[] in = new boolean[heads.length];
        in[i] = true;
        while (grew) {
            grew = false;
            for (int j = 0; j < heads.length; j++) {
                if (!in[j] && heads[j] >= 0 && in[heads[j]]) {
                    in[j] = true;
                    lo = Math.min(lo, j);
                    hi = Math.max(hi, j);
                    grew = true;
                }
            }
        }
        return new int[]{lo, hi};
    }

    /** The path from token {@code i} up to the root, {@code i} first. */
    public List<Integer> ancestors(int i) {
        List<Integer> out = new ArrayList<>();
        int at = i;
        while (at >= 0 && out.size() <= heads.length) {
            out.add(at);
            at = heads[at];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parse p && Arrays.equals(heads, p.heads) && Arrays.equals(relations, p.relations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(heads) + Arrays.hashCode(relations);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Parse[");
        for (int i = 0; i < heads.length; i++) {
            b.append(i == 0 ? "" : " ").append(relations[i]).append('(').append(heads[i]).append(',').append(i).append(')');
        }
        return b.append(']').toString();
    }
}
