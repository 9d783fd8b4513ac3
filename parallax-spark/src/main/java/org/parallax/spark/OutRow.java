package org.parallax.spark;

/**
 * One line of output: a document or a story object as in report.json, in report order.
 * A Java bean because Spark's encoders take beans, not records; it holds no logic.
 */
public class OutRow implements java.io.Serializable {
    /** document or story */
    private String kind;
    /** the story's rank (its id is s + rank) */
    private long rank;
    /** the document's index; -1 for a story */
    private long index;
    /** story id */
    private String story;
    private String json;
    /** ISO date of the story's first report, or null */
    private String firstReported;

    public OutRow() {
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String value) {
        this.kind = value;
    }

    public long getRank() {
        return rank;
    }

    public void setRank(long value) {
        this.rank = value;
    }

    public long getIndex() {
        return index;
    }

    public void setIndex(long value) {
        this.index = value;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String value) {
        this.story = value;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String value) {
        this.json = value;
    }

    public String getFirstReported() {
        return firstReported;
    }

    public void setFirstReported(String value) {
        this.firstReported = value;
    }
}
