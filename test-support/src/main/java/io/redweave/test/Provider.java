package io.redweave.test;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a Redis server comes from, in the order they are tried. */
enum Provider {
    URL, DOCKER, PATH, EMBEDDED;

    /** The name used by {@code redweave.test.redis.provider} and {@link RedisServer#provider()}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Provider parse(String value) {
        for (Provider provider : values()) {
            if (provider.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return provider;
            }
        }
        throw new RedisTestException("'" + value + "' is not a Redis provider for " + Settings.PROVIDER
                + "; use one of " + Arrays.stream(values()).map(Provider::label).collect(Collectors.joining(", ")));
    }
}
