package io.redweave;

/**
 * A Redis host and port, such as a cluster seed node or a Sentinel.
 *
 * @param host a host name or IP literal (IPv6 without brackets)
 * @param port 1 to 65535
 */
public record RedisEndpoint(String host, int port) {

    public RedisEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("Redis host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Redis port " + port + " is out of range: it must be 1 to 65535");
        }
    }

    /**
     * Parses {@code host:port}, or {@code [ipv6]:port}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static RedisEndpoint parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a Redis endpoint: expected host:port");
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(trimmed.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a Redis endpoint: the port is not a number");
        }
        return new RedisEndpoint(host, port);
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
