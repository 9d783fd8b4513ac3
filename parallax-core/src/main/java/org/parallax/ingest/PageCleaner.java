package org.parallax.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes out of a page what is never article text, before the main text is looked for: scripts and
 * embedded objects, navigation, forms and their controls, figures and captions, hidden elements, and
 * the elements whose class or id names a part of the page around an article (share bars, related
 * links, newsletter boxes, comments, bylines, breadcrumbs, advertising). An element holding most of the
 * page's text is kept whatever its name says, since sites name their article wrappers "main-content
 * has-sidebar" too. Works on the document it is given (pass a copy). Thread-safe.
 */
final class PageCleaner {
    /** Elements that never hold article text. */
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "video", "audio", "object", "embed", "applet", "map", "button", "input", "select", "textarea",
            "option", "optgroup", "datalist", "label", "fieldset", "legend", "nav", "menu", "dialog", "figure",
            "figcaption", "picture", "source", "track", "math", "link", "meta", "frame", "frameset", "marquee");
    /** Elements that usually hold the page around the article, kept only when they hold most of its text. */
    private static final Set<String> AROUND = Set.of("aside", "footer", "form");
    /**
     * Words in a class or id that name page furniture. Matched as whole tokens of the name (split at
     * -, _, white space and camelCase), so "shared" and "threadbare" are not "share" and "ad".
     */
    private static final Set<String> FURNITURE = Set.of(
            "share", "sharing", "sharebar", "social", "socials", "related", "relatedposts", "newsletter", "subscribe",
            "subscription", "signup", "promo", "promotion", "advert", "advertisement", "ad", "ads", "adsense", "adslot",
            "advertising", "sponsor", "sponsored", "comment", "comments", "disqus", "byline", "breadcrumb",
            "breadcrumbs", "sidebar", "widget", "widgets", "popup", "modal", "cookie", "cookies", "consent",
            "recirc", "recirculation", "recommended", "recommendations", "trending", "popular", "mostread",
            "outbrain", "taboola", "caption", "captions", "credit", "credits", "toolbar", "pagination", "pager",
            "paywall", "banner", "masthead", "navbar", "nav", "navigation", "menu", "footer", "tags", "tagcloud",
            "hidden", "hide", "sronly", "visuallyhidden", "screenreader", "print", "skip", "rating", "reactions",
            "author", "authors", "bio", "dateline", "timestamp", "meta", "more", "teaser", "teasers", "gallery",
            "slideshow", "carousel", "embed", "video", "player", "podcast", "photo", "image", "img",
            "figure", "thumbnail", "alert", "notice", "donate", "donation", "follow", "subnav", "topics");
    /** Tokens that mark an element as article text even when a furniture word is in its name too. */
    private static final Set<String> CONTENT = Set.of("article", "body", "content", "text", "story", "post", "entry",
            "main");
    private static final Pattern TOKEN = Pattern.compile("[\\s_-]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private PageCleaner() {
    }

    /** Removes what is never article text from {@code page}, then its furniture; returns how many elements went. */
    static int clean(Document page) {
        return removeFurniture(page, removeNever(page), null);
    }

    /** Removes the elements that never hold article text (scripts, forms' controls, figures, hidden ones). */
    static int removeNever(Document page) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (e != page.body() && isNever(e)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
        return doomed.size();
    }

    /**
     * Removes the elements named as page furniture (and asides, footers and forms) that hold less than a
     * third of the page's text, except {@code keep} and its ancestors: a body the page marks as its
     * article is never thrown out with a wrapper whose name has "sidebar" or "inline" in it.
     */
    static int removeFurniture(Document page, int removedSoFar, Element keep) {
        Element body = page.body();
        if (body == null) {
            return removedSoFar;
        }
        Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = keep; e != null; e = e.parent()) {
            kept.add(e);
        }
        List<Element> all = body.getAllElements();
        Map<Element, Integer> length = textLengths(all);
        int total = Math.max(1, length.get(body));
        List<Element> doomed = new ArrayList<>();
        for (Element e : all) {
            if (e != body && !kept.contains(e) && (AROUND.contains(e.normalName()) || isFurniture(e))
                    && length.get(e) * 3 < total) {
                doomed.add(e);
            }
        }
        int removed = removedSoFar;
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
                removed++;
            }
        }
        return removed;
    }

    /** The length of each element's text (own text nodes, stripped, plus its children's), in one pass. */
    private static Map<Element, Integer> textLengths(List<Element> preOrder) {
        Map<Element, Integer> length = new IdentityHashMap<>(preOrder.size() * 2);
        // in reverse pre-order every child comes before its parent
        for (int i = preOrder.size() - 1; i >= 0; i--) {
            Element e = preOrder.get(i);
            int n = 0;
            for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                n += t.text().strip().length();
            }
            for (Element c : e.children()) {
                n += length.getOrDefault(c, 0);
            }
            length.put(e, n);
        }
        return length;
    }

    private static boolean isNever(Element e) {
        if (NEVER.contains(e.normalName())) {
            return true;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** Whether the element's class or id names page furniture and nothing that says article text. */
    static boolean isFurniture(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return false;
        }
        boolean furniture = false;
        for (String token : TOKEN.split(names.strip())) {
            String t = token.toLowerCase(Locale.ROOT);
            if (CONTENT.contains(t)) {
                return false;
            }
            furniture |= FURNITURE.contains(t);
        }
        return furniture;
    }

}
