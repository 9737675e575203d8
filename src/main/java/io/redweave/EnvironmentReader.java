package io.redweave;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a {@link RedisConfig} from environment variables; every error names the variable and its value. */
final class EnvironmentReader {
    private final Map<String, String> env;

    private EnvironmentReader(Map<String, String> env) {
        this.env = env;
    }

    static RedisConfig read(Map<String, String> environment) {
        return new EnvironmentReader(environment).read();
    }

    private RedisConfig read() {
        RedisConfig.Builder builder = RedisConfig.builder();
        String url = value("REDIS_URL");
        if (url != null) {
            wrap("REDIS_URL", RedisUrl.mask(url), () -> builder.url(url));
        } else {
            String host = value("REDIS_HOST");
            if (host != null) {
                builder.host(host);
            }
            Integer port = integer("REDIS_PORT", 1, 65535);
            if (port != null) {
                builder.port(port);
            }
            builder.password(value("REDIS_PASSWORD"));
            Integer db = integer("REDIS_DB", 0, Integer.MAX_VALUE);
            if (db != null) {
                builder.database(db);
            }
        }
        String username = value("REDIS_USERNAME");
        if (username != null) {
            builder.username(username);
        }
        Boolean tls = bool("REDIS_TLS");
        if (tls != null) {
            builder.tls(tls);
        }
        Integer timeout = integer("REDIS_TIMEOUT_MS", 1, 600_000);
        if (timeout != null) {
            builder.timeout(Duration.ofMillis(timeout));
        }
        List<RedisEndpoint> clusterNodes = endpoints("REDIS_CLUSTER_NODES");
        if (!clusterNodes.isEmpty()) {
            builder.clusterNodes(clusterNodes);
        }
        String master = value("REDIS_SENTINEL_MASTER");
        List<RedisEndpoint> sentinels = endpoints("REDIS_SENTINEL_NODES");
        if (master != null || !sentinels.isEmpty()) {
            if (master == null || sentinels.isEmpty()) {
                throw new IllegalArgumentException("REDIS_SENTINEL_MASTER and REDIS_SENTINEL_NODES must be set together"
                        + " (REDIS_SENTINEL_MASTER='" + master + "', REDIS_SENTINEL_NODES='"
                        + value("REDIS_SENTINEL_NODES") + "')");
            }
            builder.sentinel(master, sentinels);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Redis environment variables are inconsistent: " + e.getMessage(), e);
        }
    }

    private String value(String name) {
        String raw = env.get(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private Integer integer(String name, int min, int max) {
        String raw = value(name);
        if (raw == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(raw);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + "='" + raw + "' is invalid: expected a whole number from "
                + min + " to " + max);
    }

    private Boolean bool(String name) {
        String raw = value(name);
        if (raw == null) {
            return null;
        }
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": case "on":
                return true;
            case "false": case "no": case "0": case "off":
                return false;
            default:
                throw new IllegalArgumentException(name + "='" + raw + "' is invalid: expected true or false");
        }
    }

    private List<RedisEndpoint> endpoints(String name) {
        String raw = value(name);
        List<RedisEndpoint> endpoints = new ArrayList<>();
        if (raw == null) {
            return endpoints;
        }
        for (String part : raw.split(",")) {
            String item = part.strip();
            wrap(name, raw, () -> endpoints.add(RedisEndpoint.parse(item)));
        }
        return endpoints;
    }

    private static void wrap(String name, String shownValue, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + "='" + shownValue + "' is invalid: " + e.getMessage(), e);
        }
    }
}
