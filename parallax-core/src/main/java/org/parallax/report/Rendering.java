package org.parallax.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.parallax.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one rendering layer of the static report and the web pages: jte templates (under
 * {@code src/main/jte}, compiled to Java at build time, so nothing is compiled at run time) with HTML
 * auto-escaping, one template per section of a story. The report and a story's page draw the same
 * {@code story} template; the home page and the report draw the same {@code index}. Thread-safe.
 */
public final class Rendering {
    /** Where a story page puts what is known only when it is served (related stories, the update notice). */
    public static final String RELATED = "<!--px:related-->";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "org.parallax.report.templates");
    private static final String CSS = resource("parallax.css");

    private Rendering() {
    }

    /** The stylesheet of the report and the web pages (light and dark, print, narrow screens). */
    public static String css() {
        return CSS;
    }

    /** The whole static report. */
    public static String report(Report report) {
        return render("report.jte", Map.of("page", ReportPage.of(report)));
    }

    /** One story, every section, as the body of its page. */
    public static String story(StoryView view) {
        return render("story.jte", Map.of("v", view));
    }

    /** The index of stories. */
    public static String index(StoryIndex index, String id) {
        return render("index.jte", Map.of("index", index, "id", id));
    }

    /** A chart on its own. */
    public static String chart(Svg svg) {
        return render("chart.jte", Map.of("svg", svg));
    }

    private static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(template, params, out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Rendering.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
