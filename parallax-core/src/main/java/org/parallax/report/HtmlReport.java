package org.parallax.report;

import org.parallax.model.Rejected;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.model.StoryLink;

import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: no external files, no scripts, every piece of article
 * text escaped. Each story shows its sections in reading order, from summary to the articles' texts.
 * Thread-safe.
 */
public final class HtmlReport {
    private static final List<HtmlSection> SECTIONS = List.of(
            new SummarySection(), new DocumentsSection(), new ProvenanceSection(), new QuotesSection(), new ClaimsSection(),
            new ConflictsSection(), new TrajectorySection(), new TimelineSection(), new FramingSection(), new CoverageSection(),
            new EntitiesSection(), new ArticleTextSection());

    private static final String STYLE = """
            :root{--ink:#1d232a;--muted:#5b6670;--line:#d9dee3;--accent:#1f5fa8;--bg:#fbfbfa;--warn:#a35200}
            *{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--ink);background:var(--bg)}
            header.top{background:#14283d;color:#fff;padding:1.2rem 1.5rem}header.top h1{margin:0;font-size:1.5rem}
            header.top p{margin:.3rem 0 0;color:#c9d6e3}main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}
            section.story{margin-top:1.5rem}h2{font-size:1.35rem;border-bottom:2px solid var(--ink);padding-bottom:.3rem}
            h3{margin:1.4rem 0 .5rem;font-size:1.1rem}nav.toc a{margin-right:.8rem;color:var(--accent)}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef1f4}article.doc{border-left:3px solid var(--line);padding-left:1rem;margin:1rem 0}
            .doc-title{font-weight:600}.tag{display:inline-block;font-size:.75rem;background:#eef1f4;border-radius:3px;padding:0 .35rem;margin-right:.3rem}
            .none{color:var(--muted);font-style:italic}.warn{color:var(--warn)}small{color:var(--muted)}
            .summary{font-size:1.05rem}a.cite{font-size:.8rem;color:var(--accent);text-decoration:none}
            ins{background:#d7f5dd;text-decoration:none}del{background:#fbd9d9}
            ol.timeline time{font-weight:600;font-variant-numeric:tabular-nums}
            @media (max-width:700px){main{padding:.5rem}table{font-size:.8rem}}
            """;

    private HtmlReport() {
    }

    public static String write(Report report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>Parallax report</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<header class=\"top\"><h1>Parallax report</h1><p>")
                .append(report.documents().size()).append(" articles · ").append(report.stories().size())
                .append(report.stories().size() == 1 ? " story" : " stories");
        if (!report.rejected().isEmpty()) {
            out.append(" · ").append(report.rejected().size()).append(" rejected");
        }
        out.append("</p></header>\n<main>\n");
        Map<String, List<StoryLink>> links = report.linksByStory();
        Map<String, String> headlines = new java.util.HashMap<>();
        report.stories().forEach(s -> headlines.put(s.id(), s.headline() == null ? s.id() : s.headline()));
        for (Story story : report.stories()) {
            renderStory(story, links.getOrDefault(story.id(), List.of()), headlines, out);
        }
        if (!report.rejected().isEmpty()) {
            out.append("<section><h2>Rejected inputs</h2>");
            Tables.head(out, "Input", "Problem");
            for (Rejected r : report.rejected()) {
                Tables.row(out, r.source(), r.problem());
            }
            Tables.end(out);
            out.append("</section>\n");
        }
        out.append("<footer><small>").append(Html.escape(report.generator())).append("</small></footer>");
        out.append("</main></body></html>\n");
        return out.toString();
    }

    /** Links to the stories related to this one: earlier rounds, follow-ups, with the names they share. */
    private static void related(Story story, List<StoryLink> links, Map<String, String> headlines, StringBuilder out) {
        if (links.isEmpty()) {
            return;
        }
        out.append("<p class=\"related\"><small>Related: ");
        for (int i = 0; i < links.size(); i++) {
            StoryLink l = links.get(i);
            String other = l.other(story.id());
            String relation = l.relationFor(story.id());
            String headline = headlines.getOrDefault(other, other);
            out.append(i == 0 ? "" : "; ").append("<a href=\"#story-").append(Html.escape(other)).append("\">")
                    .append(Html.escape(headline)).append("</a> (").append(relation).append(", shares ")
                    .append(Html.escape(String.join(", ", l.shared()))).append(')');
        }
        out.append("</small></p>\n");
    }

    private static void renderStory(Story story, List<StoryLink> links, Map<String, String> headlines, StringBuilder out) {
        String id = Html.escape(story.id());
        out.append("<section class=\"story\" id=\"story-").append(id).append("\"><h2>")
                .append(Html.escape(story.headline())).append("</h2>\n<p><small>Story ").append(id).append(" · ")
                .append(story.articles().size()).append(" articles</small></p>\n");
        related(story, links, headlines, out);
        out.append("<nav class=\"toc\">");
        for (HtmlSection s : SECTIONS) {
            if (!s.isEmpty(story)) {
                out.append("<a href=\"#").append(id).append('-').append(s.anchor()).append("\">")
                        .append(Html.escape(s.title())).append("</a>");
            }
        }
        out.append("</nav>\n");
        for (HtmlSection s : SECTIONS) {
            boolean empty = s.isEmpty(story);
            if (empty && !s.showWhenEmpty()) {
                continue;
            }
            out.append("<section id=\"").append(id).append('-').append(s.anchor()).append("\"><h3>")
                    .append(Html.escape(s.title())).append("</h3>\n");
            if (empty) {
                out.append(Tables.none("Nothing found."));
            } else {
                s.render(story, out);
            }
            out.append("</section>\n");
        }
        out.append("</section>\n");
    }
}
