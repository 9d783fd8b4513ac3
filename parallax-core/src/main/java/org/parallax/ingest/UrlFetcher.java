package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Fetches web pages for {@code parallax analyze https://...}, politely and defensively: a User-Agent that
 * says who is asking, connect and read timeouts plus a deadline for the whole fetch, a size limit on the
 * (decompressed) body, at most {@link #MAX_REDIRECTS} redirects, robots.txt honoured (RFC 9309: a missing
 * file allows everything, an unreachable one nothing), gzip accepted, and the charset of the
 * {@code Content-Type} header passed on.
 *
 * <p>Addresses in loopback, private, link-local, carrier-grade NAT, multicast and other reserved ranges are
 * refused unless the fetcher was made to allow them, and every redirect's target is checked again, so a
 * public page cannot redirect the fetch into the local network. (The host is resolved for the check and
 * again by the connection; the JVM's DNS cache makes both one answer within its 30 seconds.)
 * Failures are values, never exceptions. Thread-safe; robots.txt files are cached per fetcher.
 */
public final class UrlFetcher {
    public static final String USER_AGENT = "Parallax/0.1 (news comparison; reads pages on a user's request; honours robots.txt)";
    /** The token robots.txt groups are matched against. */
    static final String ROBOTS_TOKEN = "parallax";
    public static final int MAX_REDIRECTS = 5;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration deadline;
    private final long maxBytes;
    private final boolean allowPrivate;
    private final java.util.function.Predicate<InetAddress> refused;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();

    /** What a fetch gave: the body and its declared type and charset, or why there is none. */
    public record Fetched(String url, byte[] body, String contentType, String problem) {
        static Fetched failed(String url, String problem) {
            return new Fetched(url, null, null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * @param maxBytes     largest body accepted, after decompression
     * @param allowPrivate whether loopback and private addresses may be fetched (tests, an intranet)
     */
    public UrlFetcher(Duration connectTimeout, Duration readTimeout, Duration deadline, long maxBytes, boolean allowPrivate) {
        this(connectTimeout, readTimeout, deadline, maxBytes, allowPrivate ? null : UrlFetcher::isNonPublic);
    }

    /**
     * @param refused which resolved addresses may not be fetched, or null for none; tests refuse part of the
     *                loopback range to check that redirects are checked again
     */
    UrlFetcher(Duration connectTimeout, Duration readTimeout, Duration deadline, long maxBytes,
               java.util.function.Predicate<InetAddress> refused) {
        this.refused = refused;
        this.allowPrivate = refused == null;
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** 10 s to connect, 30 s between bytes, 60 s in all. */
    public static UrlFetcher standard(long maxBytes, boolean allowPrivate) {
        return new UrlFetcher(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), maxBytes, allowPrivate);
    }

    static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /**
     * What a conditional fetch gave (a followed feed): the page, or word that it is unchanged since the
     * validators sent, with the validators to send next time.
     *
     * @param notModified  the server answered 304: nothing new, nothing to read
     * @param etag         the {@code ETag} it sent, or null
     * @param lastModified the {@code Last-Modified} it sent, or null
     */
    public record Conditional(Fetched fetched, boolean notModified, String etag, String lastModified) {
    }

    /**
     * The page at this URL unless it is unchanged since the given validators ({@code If-None-Match},
     * {@code If-Modified-Since}; either may be null), with the same checks as {@link #fetch}.
     */
    public Conditional fetchIfChanged(String url, String etag, String lastModified) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        String[] validators = new String[2];
        Fetched f = fetch(url, headers, validators);
        boolean notModified = f.problem() != null && f.problem().equals(NOT_MODIFIED);
        return new Conditional(notModified ? new Fetched(f.url(), null, null, null) : f, notModified,
                validators[0], validators[1]);
    }

    private static final String NOT_MODIFIED = "not modified (304)";

    /** The page at this URL, after redirects, if robots.txt lets us read it. */
    public Fetched fetch(String url) {
        return fetch(url, Map.of(), new String[2]);
    }

    /** @param validators receives the final answer's ETag and Last-Modified */
    private Fetched fetch(String url, Map<String, String> headers, String[] validators) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Fetched.failed(url, "not a valid URL: " + e.getReason());
        }
        long until = System.nanoTime() + deadline.toNanos();
        for (int hop = 0; ; hop++) {
            String bad = checkTarget(uri);
            if (bad != null) {
                return Fetched.failed(url, hop == 0 ? bad : "redirected to " + uri + ": " + bad);
            }
            URI target = uri;
            Robots rules = robots.computeIfAbsent(origin(uri), o -> robotsFor(target));
            if (!rules.allows(pathAndQuery(uri))) {
                return Fetched.failed(url, (hop == 0 ? "" : "redirected to " + uri + ": ")
                        + "robots.txt of " + uri.getHost() + " does not allow fetching this page" + rules.why());
            }
            Response r = get(uri, maxBytes, until, headers, validators);
            if (r.problem != null) {
                return Fetched.failed(url, r.problem);
            }
            if (r.status == 304 && !headers.isEmpty()) {
                return Fetched.failed(uri.toString(), NOT_MODIFIED);
            }
            if (r.status >= 300 && r.status < 400 && r.location != null) {
                if (hop >= MAX_REDIRECTS) {
                    return Fetched.failed(url, "more than " + MAX_REDIRECTS + " redirects");
                }
                try {
                    uri = uri.resolve(new URI(r.location.strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Fetched.failed(url, "redirect to an invalid URL: " + r.location);
                }
                continue;
            }
            if (r.status < 200 || r.status >= 300) {
                return Fetched.failed(url, "HTTP status " + r.status);
            }
            return new Fetched(uri.toString(), r.body, r.contentType, null);
        }
    }

    /** Why this URL may not be fetched (scheme, host, address), or null. */
    String checkTarget(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs are fetched, not \"" + scheme + "\"";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "URL has no host";
        }
        if (allowPrivate) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
        for (InetAddress a : addresses) {
            if (refused.test(a)) {
                return uri.getHost() + " is a loopback, private or reserved address (" + a.getHostAddress()
                        + "); --allow-private-addresses fetches it anyway";
            }
        }
        return null;
    }

    /** Loopback, private, link-local, CGNAT, multicast, unspecified, unique-local or otherwise reserved. */
    static boolean isNonPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            return x == 0 || x >= 240 || (x == 100 && y >= 64 && y <= 127) || (x == 192 && y == 0 && (b[2] & 0xff) == 0)
                    || (x == 198 && (y == 18 || y == 19));
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        return true;
    }

    private record Response(int status, String location, String contentType, byte[] body, String problem) {
        static Response failed(String problem) {
            return new Response(0, null, null, null, problem);
        }
    }

    private Response get(URI uri, long limit, long until) {
        return get(uri, limit, until, Map.of(), new String[2]);
    }

    private Response get(URI uri, long limit, long until, Map<String, String> headers, String[] validators) {
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout((int) connectTimeout.toMillis());
            c.setReadTimeout((int) readTimeout.toMillis());
            c.setRequestProperty("User-Agent", USER_AGENT);
            c.setRequestProperty("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5");
            c.setRequestProperty("Accept-Encoding", "gzip");
            headers.forEach(c::setRequestProperty);
            int status = c.getResponseCode();
            validators[0] = c.getHeaderField("ETag");
            validators[1] = c.getHeaderField("Last-Modified");
            if (status == 304) {
                return new Response(status, null, null, null, null);
            }
            if (status >= 300 && status < 400) {
                return new Response(status, c.getHeaderField("Location"), null, null, null);
            }
            if (status < 200 || status >= 300) {
                return new Response(status, null, null, null, null);
            }
            long declared = c.getContentLengthLong();
            boolean gzip = "gzip".equalsIgnoreCase(c.getContentEncoding());
            if (declared > limit && !gzip) {
                return Response.failed("page is " + declared + " bytes, over the limit of " + limit);
            }
            try (InputStream raw = c.getInputStream(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] buf = new byte[16 * 1024];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    if (out.size() > limit) {
                        return Response.failed("page is over the limit of " + limit + " bytes");
                    }
                    if (System.nanoTime() > until) {
                        return Response.failed("fetch took longer than " + deadline.toSeconds() + " s");
                    }
                }
                return new Response(status, null, c.getContentType(), out.toByteArray(), null);
            }
        } catch (SocketTimeoutException e) {
            return Response.failed("timed out (" + (e.getMessage() == null ? "no answer" : e.getMessage()) + ")");
        } catch (UnknownHostException e) {
            return Response.failed("unknown host " + uri.getHost());
        } catch (IOException | RuntimeException e) {
            return Response.failed("cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : JsonLinesReader.firstLine(e.getMessage())));
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }

    private Robots robotsFor(URI page) {
        URI robotsUri = URI.create(origin(page) + "/robots.txt");
        long until = System.nanoTime() + deadline.toNanos();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (checkTarget(robotsUri) != null) {
                return Robots.DISALLOW_ALL.because(" (its robots.txt redirects to a refused address)");
            }
            Response r = get(robotsUri, 512 * 1024, until);
            if (r.problem != null) {
                return Robots.DISALLOW_ALL.because(" (robots.txt unreachable: " + r.problem + ")");
            }
            if (r.status >= 300 && r.status < 400 && r.location != null) {
                robotsUri = robotsUri.resolve(r.location.strip());
                continue;
            }
            if (r.status >= 400 && r.status < 500) {
                return Robots.ALLOW_ALL;
            }
            if (r.status < 200 || r.status >= 300) {
                return Robots.DISALLOW_ALL.because(" (robots.txt answered HTTP " + r.status + ")");
            }
            return Robots.parse(new String(r.body, StandardCharsets.UTF_8), ROBOTS_TOKEN);
        }
        return Robots.ALLOW_ALL; // RFC 9309: more than five redirects count as unavailable (4xx)
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** A file-system-safe id from a URL: host and path, one dash for each run of other characters. */
    static String idOf(String url) {
        String s = url.replaceFirst("(?i)^https?://", "").replaceFirst("^www\\.", "")
                .replaceAll("\\.(?:html?|php|aspx?)$", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "page" : s.length() > 120 ? s.substring(0, 120) : s;
    }
}
