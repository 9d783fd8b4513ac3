package org.parallax.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart as shapes and labels, for the one chart template to draw as inline SVG (no script, no external
 * file). Coordinates are in the chart's own units; the picture scales to the width it is given. Colours
 * are CSS classes, so a chart follows the page's light or dark scheme. Every text is escaped by the
 * template.
 *
 * @param label  what the chart shows, read out by screen readers and shown as its caption
 * @param legend the classes and names of the series, in order
 */
public record Svg(String label, int width, int height, List<Shape> shapes, List<Text> texts, List<Key> legend) {
    public Svg {
        Objects.requireNonNull(label, "label");
        shapes = List.copyOf(shapes);
        texts = List.copyOf(texts);
        legend = List.copyOf(legend);
    }

    public boolean isEmpty() {
        return shapes.isEmpty();
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** A rectangle, circle or line; {@code title} is its tooltip (may be null). */
    public record Shape(String kind, String x, String y, String w, String h, String cssClass, String title) {
        static Shape rect(double x, double y, double w, double h, String cssClass, String title) {
            return new Shape("rect", n(x), n(y), n(w), n(h), cssClass, title);
        }

        static Shape circle(double cx, double cy, double r, String cssClass, String title) {
            return new Shape("circle", n(cx), n(cy), n(r), n(r), cssClass, title);
        }

        /** A line from (x1, y1) to (x2, y2). */
        static Shape line(double x1, double y1, double x2, double y2, String cssClass) {
            return new Shape("line", n(x1), n(y1), n(x2), n(y2), cssClass, null);
        }

        /** A polyline through the given points ("x,y x,y"). */
        static Shape path(String points, String cssClass) {
            return new Shape("polyline", points, "", "", "", cssClass, null);
        }
    }

    /** A label; {@code anchor} is start, middle or end. */
    public record Text(String x, String y, String anchor, String cssClass, String text) {
        static Text at(double x, double y, String anchor, String cssClass, String text) {
            return new Text(n(x), n(y), anchor, cssClass, text);
        }
    }

    /** A series: its class and its name. */
    public record Key(String cssClass, String name) {
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
