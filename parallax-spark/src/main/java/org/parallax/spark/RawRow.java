package org.parallax.spark;

/**
 * One article as a reader produced it, with its place in input order (file, then position): the bean form of {@link org.parallax.model.RawArticle}, or a problem when the input could not be read.
 * A Java bean because Spark's encoders take beans, not records; it holds no logic.
 */
public class RawRow implements java.io.Serializable {
    /** rank of its input file in name order */
    private int file;
    /** position in its file: record number, or an increasing id for Parquet rows */
    private long position;
    /** dense position in input order, from 0, once the rows are ordered */
    private long index;
    private String id;
    private String source;
    /** null for a problem */
    private String original;
    private String title;
    private String outlet;
    private String published;
    private String author;
    private String url;
    private String[] warnings;
    /** why the input was rejected, or null */
    private String problem;

    public RawRow() {
    }

    public int getFile() {
        return file;
    }

    public void setFile(int value) {
        this.file = value;
    }

    public long getPosition() {
        return position;
    }

    public void setPosition(long value) {
        this.position = value;
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

    public String getOriginal() {
        return original;
    }

    public void setOriginal(String value) {
        this.original = value;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String value) {
        this.title = value;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String value) {
        this.outlet = value;
    }

    public String getPublished() {
        return published;
    }

    public void setPublished(String value) {
        this.published = value;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String value) {
        this.author = value;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String value) {
        this.url = value;
    }

    public String[] getWarnings() {
        return warnings;
    }

    public void setWarnings(String[] value) {
        this.warnings = value;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String value) {
        this.problem = value;
    }
}
