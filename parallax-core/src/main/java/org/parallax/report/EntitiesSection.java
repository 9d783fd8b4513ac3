package org.parallax.report;

import org.parallax.model.Entity;
import org.parallax.model.Story;

/** The people, organisations and places of the story, with every alias the outlets use. */
final class EntitiesSection implements HtmlSection {
    @Override
    public String title() {
        return "People and organisations";
    }

    @Override
    public String anchor() {
        return "entities";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.entities().isEmpty();
    }

    @Override
    public void render(Story story, StringBuilder out) {
        Tables.head(out, "Name", "Type", "Description", "Also written", "Articles");
        for (Entity e : story.entities()) {
            Tables.row(out, e.name(), e.type().toString(), e.description(), Tables.join(e.aliases()),
                    String.valueOf(e.documents().size()));
        }
        Tables.end(out);
    }
}
