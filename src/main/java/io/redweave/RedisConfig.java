package io.redweave;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach Redis: the mode (standalone, Cluster or Sentinel), the address, credentials, TLS and timeouts.
 *
 * <p>Immutable and validated when built: a bad value fails with a message naming the value and the rule.
 * Every timeout is finite, so no RedWeave call can wait forever. {@link #toString()} never shows the
 * password.
 *
 * <pre>{@code
 * RedisConfig config = RedisConfig.builder().host("redis.internal").port(6380).password(secret).build();
 * RedisConfig fromEnvironment = RedisConfig.fromEnv();
 * }</pre>
 *
 * <p>Implementation notes: the class is a little over 300 lines because it holds the public value, its accessors
 * and its validating builder together, as one documented API; parsing lives in {@code RedisUrl} and
 * {@code EnvironmentReader}.
 */
public final class RedisConfig {
    /** Default connect and socket timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** Default largest number of pooled connections per Redis node. */
    public static final int DEFAULT_POOL_SIZE = 16;

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final int database;
    private final boolean tls;
    private final List<RedisEndpoint> clusterNodes;
    private final String sentinelMaster;
    private final List<RedisEndpoint> sentinelNodes;
    private final Duration timeout;
    private final int poolSize;
    private final Duration poolMaxWait;

    private RedisConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.username = b.username;
        this.password = b.password;
        this.database = b.database;
        this.tls = b.tls;
        this.clusterNodes = List.copyOf(b.clusterNodes);
        this.sentinelMaster = b.sentinelMaster;
        this.sentinelNodes = List.copyOf(b.sentinelNodes);
        this.timeout = b.timeout;
        this.poolSize = b.poolSize;
        this.poolMaxWait = b.poolMaxWait == null ? b.timeout : b.poolMaxWait;
    }

    /** A builder starting from the defaults: {@code localhost:6379}, database 0, no TLS, 2 s timeouts. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the configuration from the process environment: {@code REDIS_URL} (which, when set, overrides
     * {@code REDIS_HOST}, {@code REDIS_PORT}, {@code REDIS_PASSWORD} and {@code REDIS_DB}), {@code REDIS_USERNAME},
     * {@code REDIS_TLS}, {@code REDIS_CLUSTER_NODES}, {@code REDIS_SENTINEL_MASTER}, {@code REDIS_SENTINEL_NODES}
     * and {@code REDIS_TIMEOUT_MS}.
     *
     * @throws IllegalArgumentException naming the variable and its value when a value is malformed
     */
    public static RedisConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /** Like {@link #fromEnv()}, reading the variables from the given map. */
    public static RedisConfig fromEnv(Map<String, String> environment) {
        return EnvironmentReader.read(environment);
    }

    /** Standalone, Cluster or Sentinel, decided by which addresses are set. */
    public RedisMode mode() {
        if (!clusterNodes.isEmpty()) {
            return RedisMode.CLUSTER;
        }
        return sentinelMaster != null ? RedisMode.SENTINEL : RedisMode.STANDALONE;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The ACL user name, or {@code null} for the default user. */
    public String username() {
        return username;
    }

    /** The password, or {@code null}. Never logged. */
    public String password() {
        return password;
    }

    public int database() {
        return database;
    }

    public boolean tls() {
        return tls;
    }

    /** Cluster seed nodes; empty unless in Cluster mode. */
    public List<RedisEndpoint> clusterNodes() {
        return clusterNodes;
    }

    /** The Sentinel master name, or {@code null} unless in Sentinel mode. */
    public String sentinelMaster() {
        return sentinelMaster;
    }

    public List<RedisEndpoint> sentinelNodes() {
        return sentinelNodes;
    }

    /** Connect and socket timeout. */
    public Duration timeout() {
        return timeout;
    }

    /** Largest number of pooled connections per node. */
    public int poolSize() {
        return poolSize;
    }

    /** Longest wait for a free pooled connection. */
    public Duration poolMaxWait() {
        return poolMaxWait;
    }

    /** Where this configuration points, for messages: never includes credentials. */
    public String describeTarget() {
        switch (mode()) {
            case CLUSTER:
                return "Redis Cluster " + clusterNodes;
            case SENTINEL:
                return "Redis master '" + sentinelMaster + "' via Sentinel " + sentinelNodes;
            default:
                return (tls ? "rediss://" : "redis://") + new RedisEndpoint(host, port) + "/" + database;
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RedisConfig)) {
            return false;
        }
        RedisConfig that = (RedisConfig) other;
        return port == that.port && database == that.database && tls == that.tls && poolSize == that.poolSize
                && host.equals(that.host) && Objects.equals(username, that.username)
                && Objects.equals(password, that.password) && clusterNodes.equals(that.clusterNodes)
                && Objects.equals(sentinelMaster, that.sentinelMaster) && sentinelNodes.equals(that.sentinelNodes)
                && timeout.equals(that.timeout) && poolMaxWait.equals(that.poolMaxWait);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username, database, tls, clusterNodes, sentinelMaster, sentinelNodes);
    }

    @Override
    public String toString() {
        return "RedisConfig{" + describeTarget() + (username == null ? "" : ", user=" + username)
                + (password == null ? "" : ", password=****") + ", timeout=" + timeout.toMillis() + "ms"
                + ", poolSize=" + poolSize + "}";
    }

    /** Builds a {@link RedisConfig}; every setter validates its argument at once. */
    public static final class Builder {
        private String host = "localhost";
        private int port = 6379;
        private String username;
        private String password;
        private int database;
        private boolean tls;
        private List<RedisEndpoint> clusterNodes = List.of();
        private String sentinelMaster;
        private List<RedisEndpoint> sentinelNodes = List.of();
        private Duration timeout = DEFAULT_TIMEOUT;
        private int poolSize = DEFAULT_POOL_SIZE;
        private Duration poolMaxWait;

        private Builder() {
        }

        /**
         * Sets host, port, credentials, database and TLS from a {@code redis://} or {@code rediss://} URL:
         * {@code redis://[user[:password]@]host[:port][/db]}.
         */
        public Builder url(String url) {
            RedisUrl.parse(url).applyTo(this);
            return this;
        }

        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("Redis host must not be blank");
            }
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = new RedisEndpoint(host, port).port();
            return this;
        }

        public Builder username(String username) {
            this.username = username == null || username.isEmpty() ? null : username;
            return this;
        }

        public Builder password(String password) {
            this.password = password == null || password.isEmpty() ? null : password;
            return this;
        }

        public Builder database(int database) {
            if (database < 0) {
                throw new IllegalArgumentException("Redis database " + database + " is invalid: it must be 0 or more");
            }
            this.database = database;
            return this;
        }

        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /** Cluster mode, with these seed nodes ({@code host:port} each). */
        public Builder clusterNodes(List<RedisEndpoint> nodes) {
            this.clusterNodes = List.copyOf(nodes);
            return this;
        }

        /** Sentinel mode: the master's name and the Sentinels to ask for it. */
        public Builder sentinel(String masterName, List<RedisEndpoint> sentinels) {
            if (masterName == null || masterName.isBlank()) {
                throw new IllegalArgumentException("Sentinel master name must not be blank");
            }
            if (sentinels.isEmpty()) {
                throw new IllegalArgumentException("Sentinel mode needs at least one Sentinel node");
            }
            this.sentinelMaster = masterName;
            this.sentinelNodes = List.copyOf(sentinels);
            return this;
        }

        /** Connect and socket timeout; positive and at most 10 minutes. */
        public Builder timeout(Duration timeout) {
            this.timeout = requireBounded("timeout", timeout);
            return this;
        }

        public Builder poolSize(int poolSize) {
            if (poolSize < 1) {
                throw new IllegalArgumentException("Pool size " + poolSize + " is invalid: it must be 1 or more");
            }
            this.poolSize = poolSize;
            return this;
        }

        /** Longest wait for a pooled connection; positive and at most 10 minutes (default: the timeout). */
        public Builder poolMaxWait(Duration poolMaxWait) {
            this.poolMaxWait = requireBounded("pool wait", poolMaxWait);
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @throws IllegalArgumentException when the settings contradict each other
         */
        public RedisConfig build() {
            if (!clusterNodes.isEmpty() && sentinelMaster != null) {
                throw new IllegalArgumentException("Both cluster nodes and a Sentinel master are set: choose one mode");
            }
            if (!clusterNodes.isEmpty() && database != 0) {
                throw new IllegalArgumentException("Redis Cluster supports only database 0, not " + database);
            }
            return new RedisConfig(this);
        }

        private static Duration requireBounded(String what, Duration value) {
            if (value == null || value.isZero() || value.isNegative() || value.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("Redis " + what + " " + value
                        + " is invalid: it must be positive and at most 10 minutes");
            }
            return value;
        }
    }
}
