package org.parallax.cluster;

/** A weighted term vector of one article in one view, as parallel arrays of term ids and weights. */
record SparseVector(int[] ids, float[] values) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    int size() {
        return ids.length;
    }

    double dot(IntFloatMap sums) {
        double s = 0;
        for (int i = 0; i < ids.length; i++) {
            s += values[i] * sums.get(ids[i]);
        }
        return s;
    }

    void addTo(IntFloatMap sums) {
        for (int i = 0; i < ids.length; i++) {
            sums.add(ids[i], values[i]);
        }
    }
}
