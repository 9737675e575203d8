package io.redweave.test;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server, cluster or Sentinel deployment kept in a JUnit store, closed when its test class is done. It is both an
 * {@link AutoCloseable}, which JUnit 5.13 and later close, and a {@code CloseableResource}, which older versions
 * close; JUnit closes a value only once.
 */
@SuppressWarnings("deprecation")
final class Stored implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final Object value;
    private final Runnable closer;

    Stored(RedisServer server) {
        this.value = server;
        this.closer = server::close;
    }

    Stored(RedisCluster cluster) {
        this.value = cluster;
        this.closer = cluster::close;
    }

    Stored(RedisSentinel sentinel) {
        this.value = sentinel;
        this.closer = sentinel::close;
    }

    <V> V value(Class<V> type) {
        return type.cast(value);
    }

    @Override
    public void close() {
        closer.run();
    }
}
