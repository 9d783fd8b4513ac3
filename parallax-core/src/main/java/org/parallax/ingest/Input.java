package org.parallax.ingest;

import java.io.BufferedInputStream;
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

    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int lim;
    private byte[] lineBuf = new byte[64 * 1024];

    /**
     * One line, without its line break, or null at the end. A line over {@code max} bytes is read past
     * (never held) and comes back as {@link #TOO_LONG}. Reads a chunk at a time: the stream is not read
     * byte by byte. Once lines are read, read only lines.
     */
    byte[] line(long max) throws IOException {
        int len = 0;
        boolean any = false;
        boolean over = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    break;
                }
            }
            any = true;
            int nl = pos;
            while (nl < lim && chunk[nl] != '\n') {
                nl++;
            }
            int n = nl - pos;
            if (!over) {
                if ((long) len + n > max) {
                    over = true;
                    len = 0;
                } else {
                    if (len + n > lineBuf.length) {
                        lineBuf = Arrays.copyOf(lineBuf, Math.max(len + n, lineBuf.length * 2));
                    }
                    System.arraycopy(chunk, pos, lineBuf, len, n);
                    len += n;
                }
            }
            pos = nl;
            if (nl < lim) {
                pos++; // past the line break
                break;
            }
        }
        if (!any) {
            return null;
        }
        if (over) {
            return TOO_LONG;
        }
        if (len > 0 && lineBuf[len - 1] == '\r') {
            len--;
        }
        return Arrays.copyOf(lineBuf, len);
    }

    /** Marker for a line over the limit: compare by identity. */
    static final byte[] TOO_LONG = new byte[0];

    @Override
    public void close() throws IOException {
        in.close();
    }
}
