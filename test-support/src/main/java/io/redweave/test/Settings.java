package io.redweave.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The configuration of test servers, read from system properties and environment variables. */
final class Settings {

    static final String URL = "redweave.test.redis.url";
    static final String URL_ENV = "REDIS_URL";
    static final String PROVIDER = "redweave.test.redis.provider";
    static final String IMAGE = "redweave.test.redis.image";
    static final String DIR = "redweave.test.dir";
    static final String STARTUP_TIMEOUT = "redweave.test.redis.startup-timeout-ms";
    static final String DEFAULT_IMAGE = "redis:7.2-alpine";

    private final Optional<String> url;
    private final Optional<Provider> forcedProvider;
    private final String image;
    private final Path root;
    private final Duration startupTimeout;

    Settings(Optional<String> url, Optional<Provider> forcedProvider, String image, Path root,
             Duration startupTimeout) {
        this.url = url;
        this.forcedProvider = forcedProvider;
        this.image = image;
        this.root = root;
        this.startupTimeout = startupTimeout;
    }

    /** The settings of this JVM: system properties first, then {@code REDIS_URL}. */
    static Settings current() {
        return from(System.getProperties(), System.getenv());
    }

    static Settings from(Properties properties, Map<String, String> environment) {
        Optional<String> url = nonBlank(properties.getProperty(URL)).or(() -> nonBlank(environment.get(URL_ENV)));
        Optional<Provider> provider = nonBlank(properties.getProperty(PROVIDER)).map(Provider::parse);
        String image = nonBlank(properties.getProperty(IMAGE)).orElse(DEFAULT_IMAGE);
        Path root = nonBlank(properties.getProperty(DIR)).map(Path::of).orElseGet(() -> defaultRoot(properties));
        Duration timeout = nonBlank(properties.getProperty(STARTUP_TIMEOUT))
                .map(Settings::millis).orElse(Duration.ofSeconds(20));
        return new Settings(url, provider, image, root, timeout);
    }

    /** Copies these settings with another working root, for tests that must not share the JVM's folders. */
    Settings withRoot(Path newRoot) {
        return new Settings(url, forcedProvider, image, newRoot, startupTimeout);
    }

    Optional<String> url() {
        return url;
    }

    Optional<Provider> forcedProvider() {
        return forcedProvider;
    }

    String image() {
        return image;
    }

    /** Pid files of running servers, shared by every JVM of this user. */
    Path pidDir() {
        return root.resolve("pids");
    }

    /** Cached copies of the embedded {@code redis-server} binary. */
    Path binDir() {
        return root.resolve("bin");
    }

    /** Working directories of servers; each server gets its own, deleted when it is closed. */
    Path serversDir() {
        return root.resolve("servers");
    }

    Duration startupTimeout() {
        return startupTimeout;
    }

    private static Path defaultRoot(Properties properties) {
        String user = properties.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        String tmp = properties.getProperty("java.io.tmpdir", System.getProperty("java.io.tmpdir"));
        return Path.of(tmp, "redweave-test-" + user);
    }

    private static Duration millis(String value) {
        try {
            return Duration.ofMillis(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new RedisTestException("'" + value + "' is not a number of milliseconds for " + STARTUP_TIMEOUT, e);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
