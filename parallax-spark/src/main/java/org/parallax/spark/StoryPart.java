package org.parallax.spark;

/**
 * One story as one block's clusterer made it, before stories cut apart by block borders are merged: its members, its links to related stories of its block, and its profile under corpus-wide document frequencies.
 * A Java bean because Spark's encoders take beans, not records; it holds no logic.
 */
public class StoryPart implements java.io.Serializable {
    private int block;
    /** index of its first article; names the part */
    private int first;
    /** article indices, ascending */
    private int[] members;
    /** first articles of the related parts of its block that come after it in the block's list of links */
    private int[] related;
    /** names shared with each related part, joined by tabs */
    private String[] shared;
    /** position of each link in its block's list of links */
    private int[] relatedOrder;
    private long[] words;
    private float[] wordSums;
    private long[] names;
    private float[] nameSums;
    private long[] figures;
    private float[] figureSums;
    /** Long.MIN_VALUE when no article is dated */
    private long minDay;
    private long maxDay;
    /** its heaviest terms, to find parts of other blocks to compare with */
    private long[] keys;

    public StoryPart() {
    }

    public int getBlock() {
        return block;
    }

    public void setBlock(int value) {
        this.block = value;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int value) {
        this.first = value;
    }

    public int[] getMembers() {
        return members;
    }

    public void setMembers(int[] value) {
        this.members = value;
    }

    public int[] getRelated() {
        return related;
    }

    public void setRelated(int[] value) {
        this.related = value;
    }

    public String[] getShared() {
        return shared;
    }

    public void setShared(String[] value) {
        this.shared = value;
    }

    public int[] getRelatedOrder() {
        return relatedOrder;
    }

    public void setRelatedOrder(int[] value) {
        this.relatedOrder = value;
    }

    public long[] getWords() {
        return words;
    }

    public void setWords(long[] value) {
        this.words = value;
    }

    public float[] getWordSums() {
        return wordSums;
    }

    public void setWordSums(float[] value) {
        this.wordSums = value;
    }

    public long[] getNames() {
        return names;
    }

    public void setNames(long[] value) {
        this.names = value;
    }

    public float[] getNameSums() {
        return nameSums;
    }

    public void setNameSums(float[] value) {
        this.nameSums = value;
    }

    public long[] getFigures() {
        return figures;
    }

    public void setFigures(long[] value) {
        this.figures = value;
    }

    public float[] getFigureSums() {
        return figureSums;
    }

    public void setFigureSums(float[] value) {
        this.figureSums = value;
    }

    public long getMinDay() {
        return minDay;
    }

    public void setMinDay(long value) {
        this.minDay = value;
    }

    public long getMaxDay() {
        return maxDay;
    }

    public void setMaxDay(long value) {
        this.maxDay = value;
    }

    public long[] getKeys() {
        return keys;
    }

    public void setKeys(long[] value) {
        this.keys = value;
    }
}
