package org.parallax.entities;

import org.parallax.model.Entity;
import org.parallax.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the entity a name written in one article stands for, using the story's entities: an exact name
 * or alias first (preferring entities that article mentions), then the longest ending of the phrase that
 * is one ("Pakistan's Information Minister Farid Qureshi" → Farid Qureshi), then a surname the
 * article's people own alone. Immutable; thread-safe.
 */
public final class EntityIndex {
    private final List<Entity> entities;
    private final Map<String, List<Entity>> byKey = new HashMap<>();

    public EntityIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : this.entities) {
            byKey.computeIfAbsent(Names.key(e.name()), k -> new ArrayList<>()).add(e);
            for (String a : e.aliases()) {
                List<Entity> owners = byKey.computeIfAbsent(Names.key(a), k -> new ArrayList<>());
                if (!owners.contains(e)) {
                    owners.add(e);
                }
            }
        }
    }

    /** The entity {@code phrase} names in document {@code doc}, if any. */
    public Optional<Entity> find(String doc, String phrase) {
        List<String> words = Names.words(phrase);
        for (int from = 0; from < words.size(); from++) {
            String key = String.join(" ", words.subList(from, words.size()));
            Optional<Entity> hit = pick(doc, byKey.getOrDefault(key, List.of()));
            if (hit.isPresent()) {
                return hit;
            }
        }
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            List<Entity> owners = new ArrayList<>();
            for (Entity e : entities) {
                List<String> name = Names.words(e.name());
                if (e.type() == EntityType.PERSON && e.documents().contains(doc) && name.size() > 1
                        && Names.sameWord(last, name.get(name.size() - 1))) {
                    owners.add(e);
                }
            }
            if (owners.size() == 1) {
                return Optional.of(owners.get(0));
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> pick(String doc, List<Entity> owners) {
        for (Entity e : owners) {
            if (e.documents().contains(doc)) {
                return Optional.of(e);
            }
        }
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }
}
