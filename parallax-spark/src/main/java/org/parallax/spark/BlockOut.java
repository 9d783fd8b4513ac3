package org.parallax.spark;

/**
 * What clustering one block gives: a story part or a copy.
 * A Java bean because Spark's encoders take beans, not records; it holds no logic.
 */
public class BlockOut implements java.io.Serializable {
    /** or null */
    private StoryPart part;
    /** or null */
    private CopyRow copy;

    public BlockOut() {
    }

    public StoryPart getPart() {
        return part;
    }

    public void setPart(StoryPart value) {
        this.part = value;
    }

    public CopyRow getCopy() {
        return copy;
    }

    public void setCopy(CopyRow value) {
        this.copy = value;
    }
}
