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

    /**
     * Gzipped input may inflate to at most this many times its compressed size once past
     * {@link #RATIO_FLOOR} bytes. Text and markup compress 3 to 10 times, a repetitive feed 30 to 50;
     * a decompression bomb (deflate reaches about 1,000, nested gzip far more) is stopped early instead of
     * streaming gigabytes of nothing through the JSON Lines or archive reader (issue 18).
     */
    static final int MAX_RATIO = 100;
    /**
     * Below this many decompressed bytes the ratio is not checked: above the default article size limit,
     * so a single text, page or feed is bounded by that limit (and its clearer message) alone.
     */
    static final long RATIO_FLOOR = 32L * 1024 * 1024;

    /** Opens a stream, decompressing it when it starts with gzip's magic bytes (nested gzip included). */
    static Input open(InputStream raw) throws IOException {
        Counting counted = new Counting(raw);
        BufferedInputStream in = new BufferedInputStream(counted, 64 * 1024);
        boolean gz = false;
        for (int depth = 0; depth < 3 && isGzip(in); depth++) {
            in = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
            gz = true;
        }
        if (gz) {
            in = new BufferedInputStream(new RatioGuard(in, counted), 64 * 1024);
        }
        return new Input(in, gz);
    }

    /** This input as UTF-8, decoded from {@code charset} as it is read: JSON Lines saved as UTF-16 stay streamed. */
    Input transcodedToUtf8(java.nio.charset.Charset charset) {
        return new Input(new BufferedInputStream(new Utf8Encoding(new java.io.InputStreamReader(in, charset)),
                64 * 1024), gzipped);
    }

    /** Counts the bytes read from the raw stream. */
    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** Stops a decompressed stream that inflates more than {@link #MAX_RATIO} times its compressed bytes. */
    private static final class RatioGuard extends java.io.FilterInputStream {
        private final Counting compressed;
        private long inflated;

        RatioGuard(InputStream in, Counting compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            inflated += Math.max(n, 0);
            if (inflated > RATIO_FLOOR && inflated > MAX_RATIO * Math.max(1, compressed.count)) {
                throw new IOException(String.format(java.util.Locale.ROOT, "gzip stream inflates to over %d times its"
                        + " size (%,d bytes from %,d): a decompression bomb, not read further", MAX_RATIO, inflated,
                        compressed.count));
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 64 * 1024)], 0, (int) Math.min(n, 64 * 1024));
        }
    }

    /** Characters encoded back to UTF-8 bytes, a buffer at a time. */
    private static final class Utf8Encoding extends InputStream {
        private final java.io.Reader chars;
        private final char[] buf = new char[16 * 1024];
        private byte[] bytes = new byte[0];
        private int pos;
        private char pendingHigh;

        Utf8Encoding(java.io.Reader chars) {
            this.chars = chars;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos == bytes.length) {
                int n = chars.read(buf, 0, buf.length);
                if (n < 0) {
                    if (pendingHigh != 0) {
                        bytes = String.valueOf(pendingHigh).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        pendingHigh = 0;
                        pos = 0;
                        break;
                    }
                    return -1;
                }
                StringBuilder s = new StringBuilder(n + 1);
                if (pendingHigh != 0) {
                    s.append(pendingHigh);
                    pendingHigh = 0;
                }
                s.append(buf, 0, n);
                // a surrogate pair cut by the buffer is encoded whole with the next one
                if (s.length() > 0 && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
                    pendingHigh = s.charAt(s.length() - 1);
                    s.setLength(s.length() - 1);
                }
                bytes = s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                pos = 0;
            }
            int k = Math.min(len, bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, k);
            pos += k;
            return k;
        }

        @Override
        public void close() throws IOException {
            chars.close();
        }
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
