package org.parallax.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that a page holds no markup but the app's own: hostile text must come out as text. */
final class HtmlChecks {
    private HtmlChecks() {
    }

    static Document assertNoInjectedMarkup(String html) {
        Document doc = Jsoup.parse(html);
        for (Element script : doc.select("script")) {
            assertThat(script.attr("src").equals("/static/app.js") || script.attr("type").equals("application/json"))
                    .as("only the app's script file and inert JSON: %s", script.outerHtml()).isTrue();
        }
        assertThat(doc.select("img, iframe, object, embed, base, meta[http-equiv]")).isEmpty();
        // the only pictures are the server's charts: shapes and text, nothing that loads or runs
        for (Element svg : doc.select("svg")) {
            assertThat(svg.closest("figure.chart")).as("an SVG outside a chart: %s", svg.outerHtml()).isNotNull();
        }
        assertThat(doc.select("svg script, svg foreignObject, svg image, svg use, svg a")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("event handler attribute on <%s>", e.tagName()).doesNotStartWith("on");
            }
        }
        for (Element a : doc.select("a[href]")) {
            assertThat(a.attr("href").toLowerCase()).doesNotStartWith("javascript:");
        }
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
        return doc;
    }
}
