package org.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.model.Story;
import org.parallax.model.StoryLink;
import org.parallax.report.JsonReport;
import org.parallax.store.StoryOutput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A story's analysis as the server keeps it (contract JSON, page body, card), and what is put into it when
 * served: the related stories and whether it is being updated. Thread-safe (no state).
 */
final class StoryOutputs {
    private static final TypeReference<List<Map<String, Object>>> RELATED = new TypeReference<>() { };

    private StoryOutputs() {
    }

    /** Renders an analysed story under its stable id, to keep under the analysis's signature. */
    static StoryOutput render(String id, String signature, Story story) {
        ObjectNode node = JsonReport.story(story);
        node.put("id", id);
        try {
            return new StoryOutput(signature, story.headline(), JsonReport.mapper().writeValueAsString(node),
                    StoryPage.body(id, story), Card.of(story).json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("story cannot be written as JSON", e);
        }
    }

    /**
     * The stories related to {@code id} as kept in the index: the report contract's
     * {@code [{"story", "relation", "shared"}]}, each with the other story's {@code headline} for the page.
     */
    static String related(String id, List<StoryLink> links, Map<String, String> headlines) {
        ArrayNode out = JsonReport.related(links, id);
        out.forEach(o -> ((ObjectNode) o).put("headline", headlines.get(o.get("story").asText())));
        return Json.write(out);
    }

    static List<StoryPage.Related> parseRelated(String json) {
        List<StoryPage.Related> out = new ArrayList<>();
        try {
            for (Map<String, Object> o : Json.MAPPER.readValue(json, RELATED)) {
                Object shared = o.get("shared");
                List<String> words = new ArrayList<>();
                if (shared instanceof List<?> list) {
                    list.forEach(w -> words.add(String.valueOf(w)));
                }
                out.add(new StoryPage.Related(String.valueOf(o.get("story")), (String) o.get("headline"),
                        String.valueOf(o.get("relation")), words));
            }
        } catch (JsonProcessingException | ClassCastException e) {
            // damaged related stories are left off the page; the next pass writes them again
        }
        return out;
    }

    /**
     * The contract JSON as served: the kept object with {@code related} and {@code updating} added. The kept
     * text is one JSON object (written by us), so they go in before its closing brace without parsing it.
     */
    static String served(String json, String related, boolean updating) {
        int end = json.lastIndexOf('}');
        if (end < 0) {
            throw new IllegalStateException("kept story JSON is not an object");
        }
        String head = json.substring(0, end).stripTrailing();
        String comma = head.endsWith("{") ? "" : ",";
        return head + comma + "\"related\":" + related + ",\"updating\":" + updating + "}";
    }
}
