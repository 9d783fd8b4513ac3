package org.parallax.report;

import org.parallax.model.Framing;
import org.parallax.model.SourceText;
import org.parallax.model.Story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How each outlet tells it: a row per outlet with its loaded terms (by category), sourcing shares and
 * credited agencies; then actor labels side by side, one row per actor and one column per outlet.
 */
final class FramingSection implements HtmlSection, ShowsStoryPart {
    @Override
    public StoryPart part() {
        return StoryPart.FRAMING;
    }

    @Override
    public void render(Story story, StringBuilder out) {
        Tables.head(out, "Outlet", "Loaded terms in its own voice", "Unnamed sources", "Named sources",
                "Unnamed share", "Agencies credited");
        for (Framing f : story.framing()) {
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            f.loadedTerms().forEach(t -> byCategory.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t.text()));
            String terms = byCategory.isEmpty() ? "<span class=\"none\">none</span>" : byCategory.entrySet().stream()
                    .map(e -> "<span class=\"tag\">" + Html.escape(e.getKey()) + "</span> "
                            + Html.escape(String.join("; ", e.getValue())))
                    .collect(Collectors.joining("<br>"));
            String anonymous = f.anonymousSources().isEmpty() ? "<span class=\"none\">none</span>"
                    : Html.escape(f.anonymousSources().stream().map(SourceText::text).collect(Collectors.joining("; ")));
            Tables.rawRow(out, Html.escape(story.article(f.document()).displayName()), terms, anonymous,
                    String.valueOf(f.namedSources().size()),
                    Math.round(100 * f.anonymousShare()) + "%", Html.escape(Tables.join(f.agencies())));
        }
        Tables.end(out);
        labels(story, out);
    }

    /** One row per actor, one column per outlet: the names each outlet uses, with counts. */
    private static void labels(Story story, StringBuilder out) {
        Map<String, Map<String, List<String>>> byActor = new LinkedHashMap<>();
        for (Framing f : story.framing()) {
            for (Framing.ActorLabel l : f.labels()) {
                byActor.computeIfAbsent(l.entity(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(f.document(), k -> new ArrayList<>()).add(l.asWritten() + " ×" + l.count());
            }
        }
        if (byActor.isEmpty()) {
            return;
        }
        out.append("<p><b>How each outlet names the actors</b></p>\n");
        out.append("<table><thead><tr><th>Actor</th>");
        story.framing().forEach(f -> out.append("<th>").append(Html.escape(story.article(f.document()).displayName()))
                .append("</th>"));
        out.append("</tr></thead><tbody>\n");
        byActor.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            out.append("<tr><td>").append(Html.escape(actorName(story, e.getKey()))).append("</td>");
            for (Framing f : story.framing()) {
                out.append("<td>").append(Html.escape(String.join("; ", e.getValue().getOrDefault(f.document(), List.of()))))
                        .append("</td>");
            }
            out.append("</tr>\n");
        });
        Tables.end(out);
    }

    private static String actorName(Story story, String key) {
        return story.entities().stream().filter(e -> e.id().equals(key)).map(e -> e.name()).findFirst().orElse(key);
    }
}
