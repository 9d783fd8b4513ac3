package org.parallax;

import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Meanings;
import org.parallax.model.Mention;
import org.parallax.model.Parse;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.RawArticle;
import org.parallax.model.Removed;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;
import org.parallax.model.Token;
import org.parallax.model.UndatedTimes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A prepared {@link Article} as compact bytes, so an analysis can be stored and loaded instead of being
 * recomputed (a restart reads thousands of them). The article's id, source and original text are not
 * written: they come back from the {@link RawArticle} it was made from, which the store keeps anyway.
 * Repeated strings (tags, lemmas, labels, relations) are written once; the whole is deflated.
 *
 * <p>Bytes that do not decode (another format version, a damaged row) give an empty result, never an
 * exception: the caller analyses the article again. Thread-safe (no state).
 */
final class ArticleCodec {
    /** Bumped whenever the layout below or the model records change. */
    static final int FORMAT = 3;

    private ArticleCodec() {
    }

    static byte[] encode(Article a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            Writer w = new Writer(out);
            out.writeByte(FORMAT);
            w.varint(a.original().length());
            w.string(a.outlet());
            w.string(a.title());
            Published p = a.published();
            out.writeBoolean(p != null);
            if (p != null) {
                w.string(p.date());
                out.writeByte(p.how().ordinal());
                w.string(p.evidence());
            }
            w.string(a.dateline());
            w.string(a.author());
            w.string(a.url());
            w.strings(a.credits());
            w.varint(a.body().size());
            for (Passage x : a.body()) {
                w.varint(x.paragraph());
                w.varint(x.span().start());
                w.varint(x.span().end());
            }
            w.varint(a.removed().size());
            for (Removed r : a.removed()) {
                out.writeByte(r.reason().ordinal());
                w.string(r.text());
                w.varint(r.start());
                w.varint(r.end());
            }
            w.varint(a.sentences().size());
            for (Sentence s : a.sentences()) {
                w.varint(s.index());
                w.varint(s.paragraph());
                w.varint(s.start());
                w.varint(s.end());
                w.string(s.text());
                w.varint(s.tokens().size());
                for (Token t : s.tokens()) {
                    w.varint(t.start());
                    w.varint(t.end());
                    w.string(t.word());
                    w.string(t.tag());
                    w.string(t.lemma());
                    w.string(t.ner());
                }
                Parse parse = s.parse();
                out.writeBoolean(parse != null);
                if (parse != null) {
                    for (int i = 0; i < parse.size(); i++) {
                        w.varint(parse.head(i) + 1);
                        w.string(parse.relation(i));
                    }
                }
            }
            w.times(a.times());
            w.varint(a.mentions().size());
            for (Mention m : a.mentions()) {
                w.string(m.text());
                w.varint(m.start());
                w.varint(m.end());
                out.writeByte(m.type().ordinal());
            }
            w.strings(a.warnings());
            Meanings meanings = a.meanings();
            w.varint(meanings.size());
            if (meanings.size() > 0) {
                w.varint(meanings.dimension());
                w.strings(meanings.texts());
                for (short h : meanings.halves()) {
                    out.writeShort(h);
                }
            }
            UndatedTimes undated = a.undatedTimes();
            w.varint(undated.sentences().size());
            for (Span s : undated.sentences()) {
                w.varint(s.start());
                w.varint(s.end());
            }
            w.times(undated.found());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The article these bytes hold, with {@code raw}'s id, source and text; empty when they do not decode. */
    static Optional<Article> decode(byte[] data, RawArticle raw) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            Reader r = new Reader(in);
            if (in.readUnsignedByte() != FORMAT) {
                return Optional.empty();
            }
            int length = r.varint();
            if (length > raw.original().length()) {
                return Optional.empty();
            }
            String original = length == raw.original().length() ? raw.original() : raw.original().substring(0, length);
            String outlet = r.string();
            String title = r.string();
            Published published = null;
            if (in.readBoolean()) {
                published = new Published(r.string(), Published.How.values()[in.readUnsignedByte()], r.string());
            }
            String dateline = r.string();
            String author = r.string();
            String url = r.string();
            List<String> credits = r.strings();
            int n = r.varint();
            List<Passage> body = new ArrayList<>(capacity(n));
            for (int i = 0; i < n; i++) {
                body.add(new Passage(r.varint(), new Span(r.varint(), r.varint())));
            }
            n = r.varint();
            List<Removed> removed = new ArrayList<>(capacity(n));
            for (int i = 0; i < n; i++) {
                removed.add(new Removed(Removed.Reason.values()[in.readUnsignedByte()], r.string(), r.varint(), r.varint()));
            }
            n = r.varint();
            List<Sentence> sentences = new ArrayList<>(capacity(n));
            for (int i = 0; i < n; i++) {
                int index = r.varint();
                int paragraph = r.varint();
                int start = r.varint();
                int end = r.varint();
                String text = r.string();
                int tokenCount = r.varint();
                List<Token> tokens = new ArrayList<>(capacity(tokenCount));
                for (int t = 0; t < tokenCount; t++) {
                    tokens.add(new Token(r.varint(), r.varint(), r.string(), r.string(), r.string(), r.string()));
                }
                Parse parse = null;
                if (in.readBoolean()) {
                    int[] heads = new int[tokenCount];
                    String[] relations = new String[tokenCount];
                    for (int t = 0; t < tokenCount; t++) {
                        heads[t] = r.varint() - 1;
                        relations[t] = r.string();
                    }
                    parse = new Parse(heads, relations);
                }
                sentences.add(new Sentence(index, paragraph, start, end, text, tokens, parse));
            }
            List<TimeExpression> times = r.times();
            n = r.varint();
            List<Mention> mentions = new ArrayList<>(capacity(n));
            for (int i = 0; i < n; i++) {
                mentions.add(new Mention(r.string(), r.varint(), r.varint(), EntityType.values()[in.readUnsignedByte()]));
            }
            List<String> warnings = r.strings();
            Meanings meanings = Meanings.NONE;
            n = r.varint();
            if (n > 0) {
                int dimension = r.varint();
                if (dimension > 1 << 14 || (long) n * dimension > 1 << 26) {
                    throw new IOException("too many vectors");
                }
                List<String> texts = r.strings();
                short[] halves = new short[n * dimension];
                for (int i = 0; i < halves.length; i++) {
                    halves[i] = in.readShort();
                }
                meanings = new Meanings(texts, halves, dimension);
            }
            n = r.varint();
            List<Span> read = new ArrayList<>(capacity(n));
            for (int i = 0; i < n; i++) {
                read.add(new Span(r.varint(), r.varint()));
            }
            UndatedTimes undated = new UndatedTimes(read, r.times());
            return Optional.of(new Article(raw.id(), raw.source(), original, outlet, title, published, dateline, author,
                    url, credits, body, removed, sentences, times, mentions, warnings, meanings, undated));
        } catch (IOException | RuntimeException e) {
            // damaged or foreign bytes: the article is analysed again
            return Optional.empty();
        }
    }

    /** Strings once each: a string seen before is written as its number. */
    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> seen = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void varint(int value) throws IOException {
            int v = value;
            while ((v & ~0x7f) != 0) {
                out.writeByte((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }

        /** 0 for null, 1 + number for a string seen before, else 1 + (count so far) and the new string. */
        void string(String s) throws IOException {
            if (s == null) {
                varint(0);
                return;
            }
            Integer at = seen.get(s);
            if (at != null) {
                varint(at + 1);
                return;
            }
            int id = seen.size();
            seen.put(s, id);
            varint(id + 1);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            out.write(utf8);
        }

        void strings(List<String> values) throws IOException {
            varint(values.size());
            for (String v : values) {
                string(v);
            }
        }

        void times(List<TimeExpression> values) throws IOException {
            varint(values.size());
            for (TimeExpression t : values) {
                string(t.text());
                varint(t.start());
                varint(t.end());
                string(t.value());
                string(t.type());
            }
        }
    }

    /**
     * A list's first capacity for a count read from the bytes: damaged bytes can hold any count, and a list
     * sized for two billion would throw an {@link OutOfMemoryError} instead of the decoding failing.
     */
    private static int capacity(int count) {
        return Math.max(0, Math.min(count, 1024));
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<String> seen = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        int varint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = in.readUnsignedByte();
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("bad number");
        }

        String string() throws IOException {
            int code = varint();
            if (code == 0) {
                return null;
            }
            if (code <= seen.size()) {
                return seen.get(code - 1);
            }
            if (code != seen.size() + 1) {
                throw new IOException("bad string reference");
            }
            int length = varint();
            if (length > 1 << 26) {
                throw new IOException("string too long");
            }
            byte[] utf8 = in.readNBytes(length);
            if (utf8.length != length) {
                throw new IOException("truncated");
            }
            String s = new String(utf8, StandardCharsets.UTF_8);
            seen.add(s);
            return s;
        }

        List<String> strings() throws IOException {
            int n = varint();
            List<String> out = new ArrayList<>(capacity(n));
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }

        List<TimeExpression> times() throws IOException {
            int n = varint();
            List<TimeExpression> out = new ArrayList<>(capacity(n));
            for (int i = 0; i < n; i++) {
                out.add(new TimeExpression(string(), varint(), varint(), string(), string()));
            }
            return out;
        }
    }
}
