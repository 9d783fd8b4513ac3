package org.parallax.spark;

/**
 * One article after the article pipeline: what clustering and copy finding read (title, date, original and kept passages) as plain columns, the whole analysed article as JSON for the story pipeline, or the problem that stopped it.
 * A Java bean because Spark's encoders take beans, not records; it holds no logic.
 */
public class ArticleRow implements java.io.Serializable {
    /** dense position in input order, from 0 */
    private long index;
    private String id;
    private String source;
    private String title;
    /** ISO date or null */
    private String published;
    private String original;
    /** paragraph of each kept passage */
    private int[] paragraphs;
    private int[] starts;
    private int[] ends;
    /** the analysed article (Codec), or null for generated articles */
    private String payload;
    /** why the pipeline failed, or null */
    private String problem;
    /** the block it is clustered in */
    private int block;
    /** rank of its story (its id is s + rank + 1) */
    private long story;
    /** the copies it makes (Codec JSON), in the copy finder's order */
    private String[] copies;

    public ArticleRow() {
    }

    public long getIndex() {
        return index;
    }

    public void setIndex(long value) {
        this.index = value;
    }

    public String getId() {
        return id;
    }

    public void setId(String value) {
        this.id = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String value) {
        this.source = value;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String value) {
        this.title = value;
    }

    public String getPublished() {
        return published;
    }

    public void setPublished(String value) {
        this.published = value;
    }

    public String getOriginal() {
        return original;
    }

    public void setOriginal(String value) {
        this.original = value;
    }

    public int[] getParagraphs() {
        return paragraphs;
    }

    public void setParagraphs(int[] value) {
        this.paragraphs = value;
    }

    public int[] getStarts() {
        return starts;
    }

    public void setStarts(int[] value) {
        this.starts = value;
    }

    public int[] getEnds() {
        return ends;
    }

    public void setEnds(int[] value) {
        this.ends = value;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String value) {
        this.payload = value;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String value) {
        this.problem = value;
    }

    public int getBlock() {
        return block;
    }

    public void setBlock(int value) {
        this.block = value;
    }

    public long getStory() {
        return story;
    }

    public void setStory(long value) {
        this.story = value;
    }

    public String[] getCopies() {
        return copies;
    }

    public void setCopies(String[] value) {
        this.copies = value;
    }
}
