package org.parallax.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host            address to bind; anything but a loopback address requires a token
 * @param port            TCP port, 0 for any free one
 * @param data            the data folder (from the operator's command line, never from a request)
 * @param token           the secret every request must carry, or null on loopback
 * @param maxRequestBytes largest request body accepted
 * @param maxArticleBytes largest single article accepted
 */
public record WebConfig(String host, int port, Path data, String token, long maxRequestBytes, long maxArticleBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7878;
    public static final long DEFAULT_MAX_REQUEST = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_ARTICLE = 2L * 1024 * 1024;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(data, "data");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("--token must be at least 16 characters");
        }
        if (!isLoopback(host) && token == null) {
            throw new IllegalArgumentException("binding to " + host
                    + " exposes the app beyond this computer: give --token (at least 16 characters)");
        }
        if (maxRequestBytes <= 0 || maxArticleBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    public static WebConfig local(Path data, int port) {
        return new WebConfig(DEFAULT_HOST, port, data, null, DEFAULT_MAX_REQUEST, DEFAULT_MAX_ARTICLE);
    }

    public boolean loopback() {
        return isLoopback(host);
    }

    static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // only literal addresses: a name is not resolved here, so it counts as non-loopback
            if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
                return false;
            }
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
