package org.parallax.report;

import org.parallax.model.Report;

/**
 * The report as one self-contained HTML page: no external files, no scripts, every piece of article
 * text escaped. An index of the stories heads it when there are several; each story then shows the
 * sections its web page shows ({@link Rendering}). Thread-safe.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String write(Report report) {
        return Rendering.report(report);
    }
}
