package org.parallax.spark;

/**
 * A pair of articles the distributed copy finder checks, the earlier and the later in input order, and once checked, which one copies and the copy in report.json's form.
 * A Java bean because Spark's encoders take beans, not records; it holds no logic.
 */
public class CopyRow implements java.io.Serializable {
    /** the block both articles are in, or -1 when they are in different blocks */
    private int block;
    private int earlier;
    private int later;
    /** index of the copying article */
    private int copy;
    /** the Copy as JSON (Codec), or null while unchecked */
    private String json;

    public CopyRow() {
    }

    public int getBlock() {
        return block;
    }

    public void setBlock(int value) {
        this.block = value;
    }

    public int getEarlier() {
        return earlier;
    }

    public void setEarlier(int value) {
        this.earlier = value;
    }

    public int getLater() {
        return later;
    }

    public void setLater(int value) {
        this.later = value;
    }

    public int getCopy() {
        return copy;
    }

    public void setCopy(int value) {
        this.copy = value;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String value) {
        this.json = value;
    }
}
