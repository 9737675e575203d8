package io.redweave;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A parsed {@code redis://} or {@code rediss://} URL. Error messages show the URL with its password masked. */
final class RedisUrl {
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final int database;
    private final boolean tls;

    private RedisUrl(String host, int port, String username, String password, int database, boolean tls) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.database = database;
        this.tls = tls;
    }

    /**
     * Parses {@code redis://[user[:password]@]host[:port][/db]}; {@code rediss://} turns TLS on. A user-info part
     * without a colon is a password (the pre-ACL convention).
     *
     * @throws IllegalArgumentException naming the masked URL and the rule it breaks
     */
    static RedisUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw invalid(url, "it is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid(url, "it is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme();
        if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
            throw invalid(url, "the scheme must be redis:// or rediss://");
        }
        if (uri.getHost() == null) {
            throw invalid(url, "it has no host (or the port is not a number)");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        if (port < 1 || port > 65535) {
            throw invalid(url, "the port must be 1 to 65535");
        }
        String username = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                password = decode(userInfo);
            } else {
                username = emptyToNull(decode(userInfo.substring(0, colon)));
                password = emptyToNull(decode(userInfo.substring(colon + 1)));
            }
        }
        return new RedisUrl(host, port, username, password, database(url, uri.getPath()),
                "rediss".equalsIgnoreCase(scheme));
    }

    void applyTo(RedisConfig.Builder builder) {
        builder.host(host).port(port).username(username).password(password).database(database).tls(tls);
    }

    /** The URL with any password replaced by {@code ****}, safe for messages and logs. */
    static String mask(String url) {
        if (url == null) {
            return "null";
        }
        int schemeEnd = url.indexOf("://");
        int at = url.lastIndexOf('@');
        if (schemeEnd < 0 || at < schemeEnd) {
            return url;
        }
        String userInfo = url.substring(schemeEnd + 3, at);
        int colon = userInfo.indexOf(':');
        String masked = colon < 0 ? "****" : userInfo.substring(0, colon) + ":****";
        return url.substring(0, schemeEnd + 3) + masked + url.substring(at);
    }

    private static int database(String url, String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        String digits = path.substring(1);
        try {
            int db = Integer.parseInt(digits);
            if (db >= 0) {
                return db;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(url, "the path must be a database number such as /0, not '" + path + "'");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static IllegalArgumentException invalid(String url, String rule) {
        return new IllegalArgumentException("Redis URL '" + mask(url) + "' is invalid: " + rule
                + ". Expected redis://[user:password@]host[:port][/db] or rediss://...");
    }
}
