package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** A person, organisation or place named across a story's articles, with every alias it goes by. */
public record Entity(String id, String name, EntityType type, String description, List<String> aliases,
                     List<String> documents) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        documents = List.copyOf(documents);
    }
}
