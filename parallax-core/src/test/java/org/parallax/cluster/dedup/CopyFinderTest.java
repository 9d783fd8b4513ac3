package org.parallax.cluster.dedup;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Copy;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class CopyFinderTest {
    private static final String WIRE = "Dock workers at the port of Lindmark walked out on Monday after talks over an "
            + "unpaid pay rise collapsed late on Sunday night, leaving container ships queueing outside the harbour.\n\n"
            + "The union said the port authority had promised the rise eighteen months ago and never paid it, and that "
            + "its members would stay out until the money was in their accounts.\n\n"
            + "The authority said it could not pay while freight volumes remained below the levels of two years ago, "
            + "and called on the union to return to the table without conditions.";
    private static final String OWN = "Our reporter spent the morning at the gates, where pickets lit fires in oil "
            + "drums and passing drivers sounded their horns in support of the strikers.";

    public static Article article(String id, String text, String date) {
        List<Passage> body = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            body.add(new Passage(paragraph++, new Span(start, end)));
            start = end + 2;
        }
        Published published = date == null ? null : new Published(date, Published.How.GIVEN, date);
        return new Article(id, id, text, null, null, published, null, null, null, List.of(), body, List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void findsAnExactCopyAsANearDuplicate() {
        List<Copy> copies = new CopyFinder().find(List.of(article("wire", WIRE, "2026-03-10"),
                article("outlet", WIRE, "2026-03-11")));
        assertThat(copies).singleElement().satisfies(c -> {
            assertThat(c.document()).isEqualTo("outlet");
            assertThat(c.source()).isEqualTo("wire");
            assertThat(c.nearDuplicate()).isTrue();
            assertThat(c.share()).isGreaterThan(0.95);
        });
    }

    @Test
    void locatesTheWireParagraphsInsideALongerArticle() {
        String paragraphs = WIRE.substring(WIRE.indexOf("The union"));
        String outlet = OWN + "\n\n" + paragraphs;
        List<Copy> copies = new CopyFinder().find(List.of(article("wire", WIRE, "2026-03-10"),
                article("outlet", outlet, "2026-03-11")));
        assertThat(copies).singleElement().satisfies(c -> {
            assertThat(c.document()).isEqualTo("outlet");
            assertThat(c.nearDuplicate()).isFalse();
            assertThat(c.passages()).singleElement().satisfies(p -> {
                assertThat(outlet.substring(p.start(), p.end())).startsWith("The union said").endsWith("without conditions");
                assertThat(WIRE.substring(p.sourceStart(), p.sourceEnd())).isEqualTo(outlet.substring(p.start(), p.end()));
            });
        });
    }

    @Test
    void independentReportsOfOneEventAreNotCopies() {
        String other = "Ships were stuck outside Lindmark on Monday as dock workers struck over a pay rise they say "
                + "the port authority owes them. The authority blames weak freight volumes and wants talks to resume.";
        assertThat(new CopyFinder().find(List.of(article("a", WIRE, null), article("b", other, null)))).isEmpty();
    }

    @Test
    void withoutDatesTheLongerArticleIsTheSource() {
        String trimmed = WIRE.substring(0, WIRE.lastIndexOf("\n\n"));
        List<Copy> copies = new CopyFinder().find(List.of(article("short", trimmed, null), article("long", WIRE, null)));
        assertThat(copies).singleElement().satisfies(c -> assertThat(c.source()).isEqualTo("long"));
    }

    @Test
    void garbageGivesNoCopiesAndNoException() {
        List<Article> junk = List.of(article("empty", "", null), article("marks", "?!?! ... ,,, ;;", null),
                article("mixed", "Ελληνικά 中文 العربية ".repeat(200), null), article("mixed2", "Ελληνικά 中文 العربية ".repeat(200), null));
        assertThat(new CopyFinder().find(junk)).allSatisfy(c -> assertThat(c.document()).isEqualTo("mixed2"));
    }
}
