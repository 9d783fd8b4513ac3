package org.parallax.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.model.Article;
import org.parallax.model.Published;
import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.model.StoryLink;

import java.util.List;
import java.util.Map;

/**
 * The report as {@code report.json}, in the shape of the report contract: {@code documents} with their
 * cleaned text, removed passages and resolved times; {@code stories} with every analysis section; and
 * {@code rejected}, the inputs that could not be analysed. Record components become snake_case fields.
 * Thread-safe.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Report report) {
        try {
            return MAPPER.writeValueAsString(toTree(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("report cannot be written as JSON", e);
        }
    }

    public static ObjectNode toTree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("generator", report.generator());
        ArrayNode docs = root.putArray("documents");
        report.documents().forEach(a -> docs.add(document(a)));
        ArrayNode stories = root.putArray("stories");
        Map<String, List<StoryLink>> links = report.linksByStory();
        report.stories().forEach(s -> stories.add(story(s).set("related", related(links.getOrDefault(s.id(), List.of()), s.id()))));
        ArrayNode rejected = root.putArray("rejected");
        for (Rejected r : report.rejected()) {
            rejected.addObject().put("source", r.source()).put("problem", r.problem());
        }
        return root;
    }

    public static ObjectNode document(Article a) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("id", a.id());
        d.put("source", a.source());
        d.put("outlet", a.outlet());
        d.put("title", a.title());
        Published p = a.published();
        if (p == null) {
            d.putNull("published");
        } else {
            d.putObject("published").put("date", p.date()).put("how", p.how().toString()).put("evidence", p.evidence());
        }
        d.put("dateline", a.dateline());
        d.put("author", a.author());
        d.put("url", a.url());
        d.set("credits", MAPPER.valueToTree(a.credits()));
        d.put("text", a.text());
        d.set("removed", MAPPER.valueToTree(a.removed()));
        d.set("times", MAPPER.valueToTree(a.times()));
        d.put("sentences", a.sentences().size());
        d.set("warnings", MAPPER.valueToTree(a.warnings()));
        return d;
    }

    public static ObjectNode story(Story s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("headline", s.headline());
        o.set("documents", MAPPER.valueToTree(s.documentIds()));
        ObjectNode outlets = o.putObject("outlets");
        s.articles().forEach(a -> outlets.put(a.id(), a.proseName()));
        o.set("entities", MAPPER.valueToTree(s.entities()));
        o.set("quotes", MAPPER.valueToTree(s.quotes()));
        o.set("claims", MAPPER.valueToTree(s.claims()));
        o.set("conflicts", MAPPER.valueToTree(s.conflicts()));
        o.set("timeline", MAPPER.valueToTree(s.timeline()));
        o.set("framing", MAPPER.valueToTree(s.framing()));
        o.set("coverage", MAPPER.valueToTree(s.coverage()));
        o.set("summary", MAPPER.valueToTree(s.summary()));
        o.set("trajectories", MAPPER.valueToTree(s.trajectories()));
        o.set("provenance", MAPPER.valueToTree(s.provenance()));
        o.set("warnings", MAPPER.valueToTree(s.warnings()));
        return o;
    }

    /**
     * The stories linked to this one: {@code [{"story", "relation", "shared"}]}, where relation is
     * {@code "earlier"} (the other story came first), {@code "follow-up"} (it came after) or
     * {@code "related"} (order unknown: not both dated).
     */
    public static ArrayNode related(List<StoryLink> links, String storyId) {
        ArrayNode out = MAPPER.createArrayNode();
        for (StoryLink l : links) {
            ObjectNode o = out.addObject();
            o.put("story", l.other(storyId));
            o.put("relation", l.relationFor(storyId));
            o.set("shared", MAPPER.valueToTree(l.shared()));
        }
        return out;
    }

    /**
     * The report of the fast path ({@code parallax cluster}): documents, and stories with only their id,
     * headline, documents and provenance.
     */
    public static String writeClusters(Report report) {
        ObjectNode root = toTree(report);
        ArrayNode stories = root.putArray("stories");
        Map<String, List<StoryLink>> links = report.linksByStory();
        for (Story s : report.stories()) {
            ObjectNode o = stories.addObject();
            o.put("id", s.id());
            o.put("headline", s.headline());
            o.set("documents", MAPPER.valueToTree(s.documentIds()));
            o.set("provenance", MAPPER.valueToTree(s.provenance()));
            o.set("warnings", MAPPER.valueToTree(s.warnings()));
            o.set("related", related(links.getOrDefault(s.id(), List.of()), s.id()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("report cannot be written as JSON", e);
        }
    }
}
