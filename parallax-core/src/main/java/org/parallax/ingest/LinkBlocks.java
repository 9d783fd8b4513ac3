package org.parallax.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes out of an article body the blocks that are mostly links (lists of related stories, "most
 * popular" rankings, tag lists, teaser grids) and the headings left introducing nothing. A block's link
 * density is the share of its text inside {@code <a>} elements; prose cites a link here and there, a
 * list of stories is little else. Works on the element it is given. Thread-safe.
 */
final class LinkBlocks {
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "header",
            "aside", "nav", "footer", "article", "span", "tbody");
    private static final Set<String> ITEMS = Set.of("li", "p", "dd", "dt", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A block more than half links (readability's own cut for weighted blocks) is a list of links. */
    static final double CONTAINER_DENSITY = 0.5;
    /** A short line almost all link ("Read more: ...", a related headline) is not prose. */
    static final double ITEM_DENSITY = 0.8;
    static final int ITEM_WORDS = 12;

    private LinkBlocks() {
    }

    /** Removes link blocks under {@code root} (never {@code root} itself); returns how many went. */
    static int prune(Element root) {
        List<Element> all = root.getAllElements();
        Map<Element, int[]> counts = counts(all);
        List<Element> doomed = new ArrayList<>();
        collect(root, counts, doomed);
        doomed.forEach(Element::remove);
        int removed = doomed.size();
        removed += dropOrphanHeadings(root);
        return removed;
    }

    private static void collect(Element e, Map<Element, int[]> counts, List<Element> doomed) {
        for (Element child : e.children()) {
            int[] c = counts.get(child);
            int text = c[0];
            int links = c[1];
            String tag = child.normalName();
            boolean linky = text > 0 && links > 0;
            if (linky && CONTAINERS.contains(tag) && links > CONTAINER_DENSITY * text && c[2] >= 2) {
                doomed.add(child);
            } else if (linky && ITEMS.contains(tag) && links > ITEM_DENSITY * text
                    && LineShapes.words(child.text()) <= ITEM_WORDS) {
                doomed.add(child);
            } else {
                collect(child, counts, doomed);
            }
        }
    }

    /**
     * Headings with no text after them before the next heading or the end of the body, looking past the
     * end of their own wrapper ({@code <div><h2>..</h2></div><p>..}) as a reader's eye does.
     */
    private static int dropOrphanHeadings(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element h : root.getAllElements()) {
            if (h != root && HEADINGS.contains(h.normalName()) && !introducesText(h, root)) {
                doomed.add(h);
            }
        }
        doomed.forEach(Element::remove);
        return doomed.size();
    }

    private static boolean introducesText(Element heading, Element root) {
        for (org.jsoup.nodes.Node node = heading; node != null && node != root; node = node.parent()) {
            for (org.jsoup.nodes.Node n = node.nextSibling(); n != null; n = n.nextSibling()) {
                if (n instanceof Element el && (HEADINGS.contains(el.normalName())
                        || !el.select("h1, h2, h3, h4, h5, h6").isEmpty() && el.select("h1, h2, h3, h4, h5, h6").first()
                        .equals(firstTextOrHeading(el)))) {
                    return false;
                }
                if ((n instanceof TextNode t && !t.isBlank()) || (n instanceof Element el && !el.text().isBlank())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first heading or text-bearing element in document order under {@code e}, or null. */
    private static Element firstTextOrHeading(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && (HEADINGS.contains(d.normalName()) || d.textNodes().stream().anyMatch(t -> !t.isBlank()))) {
                return d;
            }
        }
        return null;
    }

    /** Per element: text length, text length inside links, number of links; in one pass. */
    private static Map<Element, int[]> counts(List<Element> preOrder) {
        Map<Element, int[]> counts = new IdentityHashMap<>(preOrder.size() * 2);
        for (int i = preOrder.size() - 1; i >= 0; i--) {
            Element e = preOrder.get(i);
            int text = 0;
            for (TextNode t : e.textNodes()) {
                text += t.text().strip().length();
            }
            int links = 0;
            int anchors = 0;
            for (Element c : e.children()) {
                int[] cc = counts.get(c);
                text += cc[0];
                links += cc[1];
                anchors += cc[2];
            }
            if (e.normalName().equals("a")) {
                links = text;
                anchors++;
            }
            counts.put(e, new int[]{text, links, anchors});
        }
        return counts;
    }
}
