package org.parallax.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.parallax.model.Article;
import org.parallax.model.Meanings;
import org.parallax.model.Parse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Model records (an analysed {@link Article}, a copy) as JSON strings and back, so they can cross Spark's
 * boundary (shuffles, caches) inside a bean: Spark's bean encoder cannot build records, and Java serialization of the
 * model would tie Spark to its classes. Every model type is a record Jackson builds through its
 * canonical constructor, except {@link Parse}, written here as its heads and relations, and {@link Meanings}, as
 * its texts, its dimension and its half-precision values in Base64. Round trips are
 * exact (the test checks equality). Thread-safe.
 */
final class Codec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("parallax-parse")
                    .addSerializer(Parse.class, new ParseWriter())
                    .addDeserializer(Parse.class, new ParseReader())
                    .addSerializer(Meanings.class, new MeaningsWriter())
                    .addDeserializer(Meanings.class, new MeaningsReader()));

    private Codec() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a " + value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a " + type.getSimpleName() + " written by Codec cannot be read back", e);
        }
    }

    private static final class ParseWriter extends JsonSerializer<Parse> {
        @Override
        public void serialize(Parse parse, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeArrayFieldStart("heads");
            for (int i = 0; i < parse.size(); i++) {
                out.writeNumber(parse.head(i));
            }
            out.writeEndArray();
            out.writeArrayFieldStart("relations");
            for (int i = 0; i < parse.size(); i++) {
                out.writeString(parse.relation(i));
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static final class ParseReader extends JsonDeserializer<Parse> {
        @Override
        public Parse deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode node = in.readValueAsTree();
            JsonNode heads = node.get("heads");
            JsonNode relations = node.get("relations");
            int[] h = new int[heads.size()];
            String[] r = new String[relations.size()];
            for (int i = 0; i < h.length; i++) {
                h[i] = heads.get(i).asInt();
            }
            for (int i = 0; i < r.length; i++) {
                r[i] = relations.get(i).asText();
            }
            return new Parse(h, r);
        }
    }

    private static final class MeaningsWriter extends JsonSerializer<Meanings> {
        @Override
        public void serialize(Meanings meanings, JsonGenerator out, SerializerProvider provider) throws IOException {
            short[] halves = meanings.halves();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(halves.length * 2);
            bytes.asShortBuffer().put(halves);
            out.writeStartObject();
            out.writeNumberField("dimension", meanings.dimension());
            out.writeArrayFieldStart("texts");
            for (String t : meanings.texts()) {
                out.writeString(t);
            }
            out.writeEndArray();
            out.writeBinaryField("halves", bytes.array());
            out.writeEndObject();
        }
    }

    private static final class MeaningsReader extends JsonDeserializer<Meanings> {
        @Override
        public Meanings deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode node = in.readValueAsTree();
            java.util.List<String> texts = new java.util.ArrayList<>();
            node.get("texts").forEach(t -> texts.add(t.asText()));
            byte[] bytes = node.get("halves").binaryValue();
            short[] halves = new short[bytes.length / 2];
            java.nio.ByteBuffer.wrap(bytes).asShortBuffer().get(halves);
            return new Meanings(texts, halves, node.get("dimension").asInt());
        }
    }
}
