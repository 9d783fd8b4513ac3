package org.parallax.ingest;

import org.parallax.model.Article;
import org.parallax.model.GivenMetadata;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.RawArticle;
import org.parallax.model.Removed;
import org.parallax.model.Removed.Reason;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;
import org.parallax.text.SentenceSplitter;
import org.parallax.time.AbsoluteDates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw article into a clean one: finds its title, outlet, publication date, author and dateline;
 * takes site chrome, header lines, credits and repeated passages out of the body, keeping each with its
 * reason; and splits what is left into sentences.
 *
 * <p>The header is the lines before the first line of prose, the footer the lines after the last. A
 * headline-shaped line there is a title (or, above the title, a site name); a date line states the
 * publication date; a headline in Title Case closing the text is a title too. Given metadata wins over
 * what the text shows. Nothing is invented: what the text does not say stays null. Thread-safe.
 */
public final class ArticleCleaner implements Stage<RawArticle, Article> {
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^\\s*(?:(?i:date[d:]?|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated(?: on)?|first published(?: on)?)\\s*:?\\s*)?$");
    /**
     * What a date line may carry around its date and still be a date line: clock times ("11: 45 AM"), named
     * time zones ("EDT", "GMT+02: 00"), weekdays and the labels of publishing ("First published", "Posted on"),
     * one after another with nothing else between them and the date. A fixed zone list, because any short
     * capitalised word ending in T ("AT", "IT") is not a zone.
     */
    private static final String DATE_LINE_EXTRA =
            "(?:\\d{1,2}\\s*[:.]\\s*\\d{2}(?:\\s*[:.]\\s*\\d{2})?(?:\\s*[aApP]\\.?\\s*[mM]\\b\\.?)?"
                    + "|\\d{1,2}\\s*[aApP]\\.?\\s*[mM]\\b\\.?"
                    + "|(?:GMT|UTC)(?:\\s*[+-]\\s*\\d{1,2}(?:\\s*:\\s*\\d{1,2})?)?"
                    + "|(?:\\d{4}\\s*)?(?:GMT|UTC|(?:E|C|M|P|AK|H)[SD]?T|BST|IST|CES?T|EES?T|MSK|JST|KST|HKT|SGT|AE[SD]T|NZ[SD]T|PKT|EAT|WAT|SAST)\\b"
                    + "|(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\b\\.?"
                    + "|(?:(?:first|last|originally|story)\\s+)?(?:published|updated|posted|created|modified)\\b"
                    + "|(?:on|at)\\b))";
    private static final String DATE_LINE_GAP = "[^\\p{L}\\p{N}]*";
    private static final Pattern DATE_LINE_RUN = Pattern.compile(
            "(?:" + DATE_LINE_GAP + DATE_LINE_EXTRA + ")*" + DATE_LINE_GAP);
    /** Longer lines are prose, whatever they carry; the cap also bounds the run's backtracking. */
    private static final int DATE_LINE_MAX_CHARS = 120;
    private static final Pattern AFTER_DATE = Pattern.compile(
            "^(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*[|·:–—-]?\\s*");

    private final SentenceSplitter splitter;

    public ArticleCleaner(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    @Override
    public StageResult<Article> apply(RawArticle raw) {
        String text = raw.original();
        List<Span> paragraphs = Paragraphs.of(text);
        if (paragraphs.isEmpty()) {
            return StageResult.skipped("clean", "no text");
        }
        AnalysisBudget.Cut budget = AnalysisBudget.of(text, paragraphs);
        if (budget.warning().isPresent()) {
            // every later stage reads the article's text: it ends where the analysis does (offsets unchanged)
            paragraphs = budget.paragraphs();
            text = text.substring(0, paragraphs.get(paragraphs.size() - 1).end());
        }
        Findings found = new Findings(text);
        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (LineShapes.isBody(paragraphs.get(i).of(text))) {
                firstBody = firstBody < 0 ? i : firstBody;
                lastBody = i;
            }
        }
        if (firstBody < 0) {
            firstBody = 0;
            lastBody = paragraphs.size() - 1;
        } else {
            readHeader(paragraphs.subList(0, firstBody), found);
            readFooter(paragraphs.subList(lastBody + 1, paragraphs.size()), found);
        }
        for (int i = firstBody; i <= lastBody; i++) {
            Span p = paragraphs.get(i);
            if (LineShapes.isChrome(p.of(text))) {
                found.remove(Reason.BOILERPLATE, p);
            }
        }
        readLead(paragraphs.get(firstBody), found);
        for (Span p : paragraphs) {
            if (!found.isRemoved(p) && LineShapes.isPhotoCaption(p.of(text))) {
                found.remove(Reason.BOILERPLATE, p);
            } else if (!found.isRemoved(p)) {
                for (Credits.Credit c : Credits.find(p.of(text), p.start())) {
                    found.remove(Reason.BOILERPLATE, c.span());
                    found.credits.add(c.credited());
                }
            }
        }

        List<Passage> body = found.keptPassages(paragraphs);
        if (body.isEmpty()) {
            return StageResult.skipped("clean", "no article text left after removing site chrome");
        }
        List<Sentence> sentences = splitter.split(text, body);
        List<Span> repeats = RepeatedSentences.runs(sentences);
        if (!repeats.isEmpty()) {
            repeats.forEach(r -> found.remove(Reason.DUPLICATE, r));
            body = found.keptPassages(paragraphs);
            sentences = renumber(sentences.stream().filter(s -> repeats.stream().noneMatch(r -> r.contains(s.span()))).toList());
        }
        Article article = build(raw, text, found, body, sentences);
        return StageResult.ok(budget.warning().map(article::withWarning).orElse(article));
    }

    private static Article build(RawArticle raw, String text, Findings found, List<Passage> body, List<Sentence> sentences) {
        GivenMetadata given = raw.given();
        Published published = given.published() != null
                ? new Published(given.published(), Published.How.GIVEN, "input metadata: " + given.published())
                : found.published;
        String title = given.title() != null ? given.title() : found.title;
        String outlet = given.outlet() != null ? given.outlet() : found.outlet;
        String author = given.author() != null ? given.author() : found.author;
        return new Article(raw.id(), raw.source(), text, outlet, title, published, found.dateline, author,
                given.url(), found.credits, body, found.sortedRemovals(), sentences, List.of(), List.of(), raw.warnings());
    }

    private static void readHeader(List<Span> header, Findings found) {
        List<Span> headlines = new ArrayList<>();
        for (Span p : header) {
            String line = p.of(found.text);
            if (LineShapes.isChrome(line)) {
                found.remove(Reason.BOILERPLATE, p);
            } else if (readDateLine(p, found)) {
                found.remove(Reason.METADATA, p);
            } else if (LineShapes.isByline(line)) {
                found.author = found.author == null ? line.strip().substring(2).strip() : found.author;
                found.remove(Reason.METADATA, p);
            } else if (LineShapes.isDomain(line)) {
                found.outlet = found.outlet == null ? line.strip() : found.outlet;
                found.remove(Reason.METADATA, p);
            } else if (LineShapes.isHeadlineShaped(line)) {
                headlines.add(p);
            }
        }
        if (headlines.size() >= 2) {
            Span site = headlines.get(0);
            String name = site.of(found.text).strip();
            if (LineShapes.words(name) <= 6 && LineShapes.allWordsCapitalised(name)) {
                found.outlet = found.outlet == null ? name : found.outlet;
                found.remove(Reason.METADATA, site);
                headlines = headlines.subList(1, headlines.size());
            }
        }
        if (!headlines.isEmpty()) {
            // a second headline below the title is a standfirst: it stays in the body
            Span title = headlines.get(0);
            found.title = title.of(found.text).strip();
            found.remove(Reason.TITLE, title);
        }
    }

    private static void readFooter(List<Span> footer, Findings found) {
        for (int i = footer.size() - 1; i >= 0; i--) {
            Span p = footer.get(i);
            String line = p.of(found.text);
            if (LineShapes.isChrome(line)) {
                found.remove(Reason.BOILERPLATE, p);
            } else if (Credits.isCreditLine(line)) {
                continue; // the credit pass takes it, keeping what it credits
            } else if (readDateLine(p, found)) {
                found.remove(Reason.METADATA, p);
            } else if (found.title == null && LineShapes.isHeadlineShaped(line) && LineShapes.isTitleCase(line)
                    && LineShapes.words(line) >= 4) {
                found.title = line.strip();
                found.remove(Reason.TITLE, p);
            }
        }
    }

    /** A line that is a date and little else ("Nov 1, 2025", "Published: 2025-10-29 10:30"). */
    private static boolean readDateLine(Span p, Findings found) {
        String line = p.of(found.text);
        Optional<AbsoluteDates.Found> date = AbsoluteDates.first(line);
        if (date.isEmpty()) {
            return false;
        }
        String before = line.substring(0, date.get().start());
        String after = line.substring(date.get().end());
        if (!isShortAside(before + " " + after) && !(line.length() <= DATE_LINE_MAX_CHARS
                && DATE_LINE_RUN.matcher(before).matches()
                // "..., updated April 30, 2008 at 8: 33 AM"
                && DATE_LINE_RUN.matcher(withoutDates(after)).matches())) {
            return false;
        }
        if (found.published == null) {
            found.published = new Published(date.get().iso(), Published.How.STATED, line.strip());
        }
        return true;
    }

    private static String withoutDates(String text) {
        for (Optional<AbsoluteDates.Found> d = AbsoluteDates.first(text); d.isPresent(); d = AbsoluteDates.first(text)) {
            text = text.substring(0, d.get().start()) + " " + text.substring(d.get().end());
        }
        return text;
    }

    /** A few words beside a date ("Reuters | Nov 1, 2025"): a headline with a date in it has more. */
    private static boolean isShortAside(String rest) {
        return LineShapes.words(rest.replaceAll("[^\\p{L}\\p{N}]+", " ").strip()) <= 4;
    }

    /** A date label opening the lead ("date 2025-10-29 Pakistan ..."), then the dateline. */
    private static void readLead(Span lead, Findings found) {
        String text = lead.of(found.text);
        int offset = 0;
        Optional<AbsoluteDates.Found> date = AbsoluteDates.first(text.substring(0, Math.min(text.length(), 80)));
        if (date.isPresent() && DATE_LABEL.matcher(text.substring(0, date.get().start())).matches()) {
            Matcher after = AFTER_DATE.matcher(text.substring(date.get().end()));
            int end = date.get().end() + (after.find() ? after.end() : 0);
            String evidence = text.substring(0, date.get().end()).strip();
            if (found.published == null) {
                found.published = new Published(date.get().iso(), Published.How.STATED, evidence);
            }
            found.remove(Reason.METADATA, new Span(lead.start(), lead.start() + end));
            offset = end;
        }
        Optional<Dateline> dateline = Dateline.find(text.substring(offset));
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            found.dateline = d.place();
            if (d.creditIsAgency()) {
                found.credits.add(d.credit());
            } else if (d.credit() != null) {
                found.credits.add(d.credit());
                d.outlet().ifPresent(o -> found.outlet = found.outlet == null ? o : found.outlet);
            }
        }
    }

    private static List<Sentence> renumber(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(new Sentence(out.size(), s.paragraph(), s.start(), s.end(), s.text(), s.tokens()));
        }
        return out;
    }

    /** What one run of the cleaner has found so far; local to that run. */
    private static final class Findings {
        final String text;
        final List<Removed> removed = new ArrayList<>();
        final List<String> credits = new ArrayList<>();
        String title;
        String outlet;
        String author;
        String dateline;
        Published published;

        Findings(String text) {
            this.text = text;
        }

        void remove(Reason reason, Span span) {
            removed.add(new Removed(reason, span.of(text), span.start(), span.end()));
        }

        boolean isRemoved(Span p) {
            return removed.stream().anyMatch(r -> r.start() <= p.start() && p.end() <= r.end());
        }

        List<Removed> sortedRemovals() {
            return removed.stream().sorted(Comparator.comparingInt(Removed::start)).toList();
        }

        /** Each paragraph minus the removed ranges, trimmed; pieces with no letters or digits dropped. */
        List<Passage> keptPassages(List<Span> paragraphs) {
            List<Passage> out = new ArrayList<>();
            List<Removed> cuts = sortedRemovals();
            for (int i = 0; i < paragraphs.size(); i++) {
                int from = paragraphs.get(i).start();
                int to = paragraphs.get(i).end();
                for (Removed r : cuts) {
                    if (r.end() <= from || r.start() >= to) {
                        continue;
                    }
                    addTrimmed(out, i, from, Math.max(from, r.start()));
                    from = Math.max(from, r.end());
                }
                addTrimmed(out, i, from, to);
            }
            return out;
        }

        private boolean hasLetterOrDigit(int start, int end) {
            for (int i = start; i < end; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private void addTrimmed(List<Passage> out, int paragraph, int start, int end) {
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end && hasLetterOrDigit(start, end)) {
                out.add(new Passage(paragraph, new Span(start, end)));
            }
        }
    }
}
