package io.redweave.test;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.OptionalLong;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A {@link RedisServer} that this library did not start and cannot stop: the server named by {@code REDIS_URL}
 * or {@code redweave.test.redis.url}. Its URL may carry a password, so it is never part of a message.
 */
final class ExternalServer implements RedisServer {

    private final String url;
    private final URI uri;

    private ExternalServer(String url, URI uri) {
        this.url = url;
        this.uri = uri;
    }

    /** The server at {@code url}, checked to answer {@code PING}. */
    static ExternalServer connect(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RedisTestException("the value of " + Settings.URL_ENV + " / " + Settings.URL
                    + " is not a URI; expected redis://[user:password@]host:port[/db]");
        }
        if (uri.getHost() == null || !(url.startsWith("redis://") || url.startsWith("rediss://"))) {
            throw new RedisTestException("the value of " + Settings.URL_ENV + " / " + Settings.URL
                    + " is not a Redis URL; expected redis://[user:password@]host:port[/db]");
        }
        ExternalServer server = new ExternalServer(url, uri);
        try (Jedis jedis = server.connection()) {
            jedis.ping();
        } catch (JedisException e) {
            throw new RedisTestException("the Redis server at " + server.host() + ":" + server.port() + " (from "
                    + Settings.URL_ENV + ") does not answer PING: " + e.getMessage()
                    + "; start it, or unset " + Settings.URL_ENV + " to use a local server", e);
        }
        return server;
    }

    private Jedis connection() {
        return new Jedis(uri, Commands.config(5_000));
    }

    @Override
    public String host() {
        return uri.getHost();
    }

    @Override
    public int port() {
        return uri.getPort() == -1 ? 6379 : uri.getPort();
    }

    @Override
    public String uri() {
        return url;
    }

    @Override
    public String provider() {
        return Provider.URL.label();
    }

    @Override
    public boolean canRestart() {
        return false;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.empty();
    }

    @Override
    public void stop() {
        throw unsupported("stopped");
    }

    @Override
    public void start() {
        throw unsupported("started");
    }

    @Override
    public void kill() {
        throw unsupported("killed");
    }

    private UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("the external Redis server at " + host() + ":" + port() + " (from "
                + Settings.URL_ENV + ") cannot be " + what + " by tests; guard the test with"
                + " assumeTrue(redis.canRestart())");
    }

    @Override
    public boolean isRunning() {
        try (Jedis jedis = connection()) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    @Override
    public void flushAll() {
        try (Jedis jedis = connection()) {
            jedis.flushAll();
        }
    }

    @Override
    public void close() {
        // not ours to stop
    }

    @Override
    public String toString() {
        return "external Redis server (" + Settings.URL_ENV + ") at " + host() + ":" + port();
    }
}
