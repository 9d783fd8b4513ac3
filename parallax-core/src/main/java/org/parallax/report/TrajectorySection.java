package org.parallax.report;

import org.parallax.model.Story;
import org.parallax.model.Trajectory;

import java.util.stream.Collectors;

/** How figures (death tolls, wounded) moved across the reports: one small table per figure, oldest first. */
final class TrajectorySection implements HtmlSection {
    @Override
    public String title() {
        return "Figures over time";
    }

    @Override
    public String anchor() {
        return "trajectories";
    }

    @Override
    public boolean isEmpty(Story story) {
        return story.trajectories().isEmpty();
    }

    @Override
    public boolean showWhenEmpty() {
        return false;
    }

    @Override
    public void render(Story story, StringBuilder out) {
        out.append("<p class=\"explain\">Each figure as reported on each day, oldest first. A toll that rises in later "
                + "reports is an update, not a conflict.</p>\n");
        for (Trajectory t : story.trajectories()) {
            out.append("<h4>").append(Html.escape(t.slot())).append("</h4>\n");
            Tables.head(out, "Reported", "Figure", "Outlets");
            for (Trajectory.Point p : t.points()) {
                String outlets = p.documents().stream().map(d -> story.article(d).displayName())
                        .collect(Collectors.joining(", "));
                Tables.row(out, p.reported() == null ? "undated" : p.reported(),
                        p.text(), outlets);
            }
            Tables.end(out);
        }
    }
}
