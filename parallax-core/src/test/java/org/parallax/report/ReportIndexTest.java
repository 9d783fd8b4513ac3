package org.parallax.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.parallax.framing.Articles;
import org.parallax.model.Article;
import org.parallax.model.Published;
import org.parallax.model.Report;
import org.parallax.model.Story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The static report's index of stories: every order a page at a time, switched by anchors, without script. */
class ReportIndexTest {
    private static final int STORIES = 45;

    /** {@code count} small stories of one to four articles, headlines and outlets written to break markup. */
    private static Report report(int count) {
        List<Story> stories = new ArrayList<>();
        List<Article> all = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<Article> articles = new ArrayList<>();
            for (int a = 0; a <= i % 4; a++) {
                articles.add(Articles.of("d" + i + "-" + a, "Outlet <i>" + a + "</i>", "A bridge opened in town " + i + ".")
                        .withPublished(new Published("2025-03-" + (10 + i % 19), Published.How.GIVEN, "given")));
            }
            all.addAll(articles);
            stories.add(Story.of("s" + i, "Story <b>" + i + "</b> & \"co\"", articles));
        }
        return new Report(Report.GENERATOR, all, stories, List.of());
    }

    @Test
    void everyOrderIsPagedWithLinksBetweenItsPages() {
        String html = HtmlReport.write(report(STORIES));
        Document doc = Jsoup.parse(html);
        Element index = doc.selectFirst("section.index-orders");
        assertThat(index).isNotNull();
        int pages = (STORIES + StoryIndex.PAGE_SIZE - 1) / StoryIndex.PAGE_SIZE;
        assertThat(pages).isEqualTo(3);
        for (StoryIndex.Sort sort : StoryIndex.Sort.values()) {
            String key = sort.key();
            // the order's nav leads to its first page
            assertThat(index.select("nav.sorts a[href='#index-" + key + "']")).hasSize(1);
            Set<String> stories = new HashSet<>();
            for (int p = 1; p <= pages; p++) {
                String id = p == 1 ? "index-" + key : "index-" + key + "-" + p;
                Element page = index.getElementById(id);
                assertThat(page).as(id).isNotNull();
                assertThat(page.hasClass("index-order")).isTrue();
                Elements rows = page.select("table.stories-index tbody tr");
                assertThat(rows).hasSize(p < pages ? StoryIndex.PAGE_SIZE : STORIES - (pages - 1) * StoryIndex.PAGE_SIZE);
                rows.forEach(r -> stories.add(r.selectFirst("a").attr("href")));
                // "Page p of 3", this page marked, a link to each of the others in the same order
                Element nav = page.selectFirst("nav.pages");
                assertThat(nav.text()).startsWith("Page " + p + " of " + pages);
                assertThat(nav.select("b[aria-current=page]").text()).isEqualTo(String.valueOf(p));
                List<String> links = nav.select("a").eachAttr("href");
                List<String> others = new ArrayList<>();
                for (int q = 1; q <= pages; q++) {
                    if (q != p) {
                        others.add(q == 1 ? "#index-" + key : "#index-" + key + "-" + q);
                    }
                }
                assertThat(links).containsExactlyElementsOf(others);
            }
            assertThat(index.getElementById("index-" + key + "-" + (pages + 1))).isNull();
            // every story once in each order
            assertThat(stories).hasSize(STORIES);
        }
        // the pages of an order sit together, the first order first: what the style sheet shows without a target
        Elements orders = index.select("div.index-sort");
        assertThat(orders).hasSize(StoryIndex.Sort.values().length);
        assertThat(orders.get(0).child(0).id()).isEqualTo("index-articles");
        assertThat(orders.get(0).select("> div.index-order").eachAttr("id"))
                .containsExactly("index-articles", "index-articles-2", "index-articles-3");
        // every link in the index lands on something in the report
        for (String href : index.select("a[href^='#']").eachAttr("href")) {
            assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
        }
        // the biggest stories first; by headline, "10" before "1<"
        assertThat(index.getElementById("index-articles").select("td.num[data-label=articles]").first().text()).isEqualTo("4");
        assertThat(index.getElementById("index-headline").select("tbody tr a").first().text()).isEqualTo("Story <b>10</b> & \"co\"");
        assertThat(html).doesNotContain("<script", "<i>0</i>");
    }

    @Test
    void rowsAreEscaped() {
        String html = HtmlReport.write(report(STORIES));
        String index = html.substring(html.indexOf("<section class=\"index-orders\""), html.indexOf("</section>",
                html.indexOf("<section class=\"index-orders\"")));
        assertThat(index).contains("Story &lt;b&gt;7&lt;/b&gt; &amp; \"co\"", "Outlet &lt;i&gt;0&lt;/i&gt;")
                .doesNotContain("<b>7</b>", "<i>0</i>");
        assertThat(Jsoup.parse(index).select("table.stories-index b, table.stories-index i")).isEmpty();
    }

    @Test
    void aReportOfOnePageHasNoPageNav() {
        String html = HtmlReport.write(report(StoryIndex.PAGE_SIZE));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("nav.pages")).isEmpty();
        assertThat(doc.select("div.index-order").eachAttr("id"))
                .containsExactly("index-articles", "index-latest", "index-conflicts", "index-headline");
        assertThat(doc.select("#index-articles table.stories-index tbody tr")).hasSize(StoryIndex.PAGE_SIZE);
        assertThat(doc.select("nav.sorts a").eachAttr("href"))
                .containsExactly("#index-articles", "#index-latest", "#index-conflicts", "#index-headline");
    }
}
