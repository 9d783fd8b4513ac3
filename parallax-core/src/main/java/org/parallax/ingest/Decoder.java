package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an input into text. UTF-8 is assumed; invalid sequences are replaced with U+FFFD
 * and reported as a warning. Binary data is refused: a NUL byte, or many control characters.
 */
final class Decoder {
    private Decoder() {
    }

    /** Decoded text and, when bytes had to be replaced, a warning saying so. */
    record Decoded(String text, Optional<String> warning) {
    }

    /** Why these bytes are not an article's text, or empty when they may be. */
    static Optional<String> binaryProblem(byte[] bytes) {
        int limit = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return Optional.of("binary file (contains NUL bytes), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (limit > 0 && control * 20 > limit) {
            return Optional.of("binary file (" + control + " control bytes in the first " + limit + "), not text");
        }
        return Optional.empty();
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes));
            return new Decoded(chars.toString(), Optional.empty());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            return new Decoded(text, Optional.of("invalid UTF-8: " + replaced + " byte sequence(s) replaced with U+FFFD"));
        }
    }
}
