package org.parallax.report;

import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;

/** The neutral summary; each citation links to the cited passage in the article's text. */
final class SummarySection implements HtmlSection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.SUMMARY;
    }

    @Override
    public void render(Story story, StringBuilder out) {
        out.append("<ol class=\"summary\">\n");
        for (SummarySentence s : story.summary()) {
            out.append("<li>").append(Html.escape(s.text()));
            for (String doc : s.citations()) {
                if (!story.documentIds().contains(doc)) {
                    continue;
                }
                var article = story.article(doc);
                String target = s.passages().stream().filter(p -> p.document().equals(doc)).findFirst()
                        .map(p -> Anchors.at(article, p.start())).orElse("doc-" + doc);
                String title = s.passages().stream().filter(p -> p.document().equals(doc)).map(SourceText::text)
                        .findFirst().orElse(article.displayName());
                out.append(" <a class=\"cite\" href=\"#").append(Html.escape(target)).append("\" title=\"")
                        .append(Html.escape(title)).append("\">[").append(Html.escape(article.displayName()))
                        .append("]</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }
}
