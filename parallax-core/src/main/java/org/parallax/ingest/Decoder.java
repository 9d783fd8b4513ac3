package org.parallax.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an input into text, in the charset they were written in. The charset is taken, in
 * order, from a byte order mark, the charset the transport declared (an HTTP {@code Content-Type}
 * header), and for markup the page's own {@code <meta charset>} or XML declaration; bytes that declare
 * nothing are UTF-8 when they are valid UTF-8, else their charset is guessed with juniversalchardet and
 * a warning names the guess. Binary data is refused: a NUL byte, or many control characters.
 * Thread-safe.
 */
final class Decoder {
    /** How far into a page its charset declaration is looked for (the HTML standard's prescan reads 1,024 bytes). */
    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]{2,40})");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([a-zA-Z0-9_.:-]{2,40})[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    /** Decoded text, the charset used, and a warning when that charset was guessed or bytes replaced. */
    record Decoded(String text, Charset charset, Optional<String> warning) {
    }

    /** Why these bytes are not an article's text, or empty when they may be. */
    static Optional<String> binaryProblem(byte[] bytes) {
        if (unicode(bytes).isPresent()) {
            return Optional.empty(); // UTF-16 and UTF-32 text is full of NUL bytes
        }
        int limit = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return Optional.of("binary file (contains NUL bytes), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++; // ESC (0x1b) starts ISO-2022-JP shifts
            }
        }
        if (limit > 0 && control * 20 > limit) {
            return Optional.of("binary file (" + control + " control bytes in the first " + limit + "), not text");
        }
        return Optional.empty();
    }

    /**
     * UTF-16 or UTF-32, told by a byte order mark or, for UTF-16 without one, by its shape: text in a Latin
     * script has a NUL in every other byte, all on one side (Windows tools write such files). Empty for
     * anything else, UTF-8 included.
     */
    static Optional<Charset> unicode(byte[] b) {
        Optional<Charset> bom = bom(b).filter(c -> !c.equals(StandardCharsets.UTF_8));
        return bom.isPresent() ? bom : utf16Shape(b);
    }

    /** How many bytes the byte order mark of this charset takes. */
    static int bomLength(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) ? 3 : cs.name().startsWith("UTF-32") ? 4 : 2;
    }

    private static Optional<Charset> utf16Shape(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        // nine in ten characters in the first 256 code points, and never a NUL on the other side
        if (oddNul * 10 >= pairs * 9 && evenNul == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul * 10 >= pairs * 9 && oddNul == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Bytes with no declared charset: UTF-8, or a guess. */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, null, false);
    }

    /**
     * @param declared the charset the transport named (HTTP header), or null
     * @param markup   whether the bytes are HTML or XML, whose own declaration is then read
     */
    static Decoded decode(byte[] bytes, String declared, boolean markup) {
        Optional<Charset> bom = bom(bytes);
        if (bom.isPresent()) {
            return lenient(bytes, bomLength(bom.get()), bom.get(), null);
        }
        Optional<Charset> shape = utf16Shape(bytes);
        if (shape.isPresent()) {
            return lenient(bytes, 0, shape.get(), "no byte order mark: read as " + shape.get().name()
                    + " (one byte in two is NUL)");
        }
        String said = declared != null ? declared : markup ? declaredInMarkup(bytes) : null;
        if (said != null) {
            Optional<Charset> cs = charset(said);
            if (cs.isPresent() && !cs.get().equals(StandardCharsets.UTF_8)) {
                return lenient(bytes, 0, cs.get(), null);
            }
            // a page that says UTF-8 and is not is common (a template's header over a legacy body): guess below
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8, Optional.empty());
        }
        if (mostlyUtf8(bytes)) {
            // UTF-8 with a few broken sequences (a cut, a pasted byte) is still UTF-8
            return lenient(bytes, 0, StandardCharsets.UTF_8, null);
        }
        Optional<Charset> guess = guess(bytes);
        Charset cs = guess.orElse(WINDOWS_1252);
        String how = said == null ? "no charset declared and the bytes are not UTF-8"
                : "declared charset \"" + said + "\" does not fit the bytes";
        return lenient(bytes, 0, cs, how + ": decoded as " + cs.name()
                + (guess.isPresent() ? " (guessed)" : " (a guess of last resort)"));
    }

    /** JSON text, which is UTF-8 (RFC 8259); a byte order mark is dropped, broken sequences replaced and counted. */
    static Decoded decodeJson(byte[] bytes) {
        // RFC 8259 allows only UTF-8 between systems, but a file saved as UTF-16 says so with its byte order mark
        Charset cs = bom(bytes).orElse(StandardCharsets.UTF_8);
        int skip = bom(bytes).isPresent() ? bomLength(cs) : 0;
        return lenient(bytes, skip, cs, null);
    }

    /** The charset a page's bytes declare in a {@code <meta>} tag or XML declaration, or null. */
    static String declaredInMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    /** The charset a {@code Content-Type} value names ({@code text/html; charset=Shift_JIS}), or null. */
    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)charset\\s*=\\s*\"?([a-z0-9_.:-]{2,40})").matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** A charset by name as pages write it; ISO-8859-1 means windows-1252 on the web, as browsers read it. */
    static Optional<Charset> charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1")) {
            return Optional.of(WINDOWS_1252);
        }
        if (n.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown or unsupported name: the bytes decide
        }
    }

    /** The charset a byte order mark names: UTF-8, UTF-16 or UTF-32 in either order; UTF-32 is tried first. */
    static Optional<Charset> bom(byte[] b) {
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** At least as many well-formed multi-byte UTF-8 sequences as malformed bytes. */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n == 0) {
                i++;
                continue;
            }
            boolean ok = n > 0;
            for (int k = 1; ok && k <= n; k++) {
                ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += n + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && valid >= invalid;
    }

    private static Optional<Charset> guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : charset(name);
    }

    /** Decodes with replacement; a warning counts replaced sequences (or passes on {@code why}). */
    private static Decoded lenient(byte[] bytes, int skip, Charset cs, String why) {
        String text = cs.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        if (why != null) {
            return new Decoded(text, cs, Optional.of(why));
        }
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        return new Decoded(text, cs, replaced == 0 ? Optional.empty()
                : Optional.of("invalid " + cs.name() + ": " + replaced + " byte sequence(s) replaced with U+FFFD"));
    }
}
