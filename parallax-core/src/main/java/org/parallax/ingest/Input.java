package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Byte-level reading of one input: gzip found by its magic bytes (whatever the name says), reads bounded
 * by a size limit, a peek at the first bytes for sniffing, and lines read one at a time so that a JSON
 * Lines file of any size is never held whole. Not thread-safe: one per stream.
 */
final class Input implements AutoCloseable {
    static final int PEEK = 8192;
    private final BufferedInputStream in;
    private final boolean gzipped;

    private Input(BufferedInputStream in, boolean gzipped) {
        this.in = in;
        this.gzipped = gzipped;
    }

    /** Opens a stream, decompressing it when it starts with gzip's magic bytes (nested gzip included). */
    static Input open(InputStream raw) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 64 * 1024);
        boolean gz = false;
        for (int depth = 0; depth < 3 && isGzip(in); depth++) {
            in = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
            gz = true;
        }
        return new Input(in, gz);
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    boolean gzipped() {
        return gzipped;
    }

    InputStream stream() {
        return in;
    }

    /** The first bytes, left in the stream. */
    byte[] peek() throws IOException {
        in.mark(PEEK + 1);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        return head;
    }

    /** The whole rest of the stream, or empty when it holds more than {@code max} bytes. */
    Optional<byte[]> readAtMost(long max) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, max);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() >= 0) {
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /**
     * One line, without its line break, or null at the end. A line over {@code max} bytes is read past
     * (never held) and comes back as {@link #TOO_LONG}.
     */
    byte[] line(long max, ByteArrayOutputStream buffer) throws IOException {
        buffer.reset();
        boolean any = false;
        boolean over = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (!over) {
                buffer.write(b);
                if (buffer.size() > max) {
                    over = true;
                    buffer.reset();
                }
            }
        }
        if (!any) {
            return null;
        }
        if (over) {
            return TOO_LONG;
        }
        byte[] line = buffer.toByteArray();
        int end = line.length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        return end == line.length ? line : Arrays.copyOf(line, end);
    }

    /** Marker for a line over the limit: compare by identity. */
    static final byte[] TOO_LONG = new byte[0];

    @Override
    public void close() throws IOException {
        in.close();
    }
}
