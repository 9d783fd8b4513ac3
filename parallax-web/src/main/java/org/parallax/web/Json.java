package org.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.parallax.report.JsonReport;

/** Writing JSON responses, and JSON that is safe to embed in an HTML page. */
final class Json {
    static final ObjectMapper MAPPER = JsonReport.mapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void send(Context ctx, int status, JsonNode body) {
        send(ctx, status, write(body));
    }

    static void send(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode error(int status, String message) {
        ObjectNode root = object();
        root.putObject("error").put("status", status).put("message", message);
        return root;
    }

    /**
     * JSON for a {@code <script type="application/json">} block: {@code <}, {@code >}, {@code &} and the
     * JavaScript line separators are written as escapes, so article text can neither close the block
     * nor start markup. They only occur inside strings, where the escapes mean the same characters.
     */
    static String forHtml(JsonNode node) {
        String json = write(node);
        StringBuilder out = new StringBuilder(json.length() + 32);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
