package io.redweave.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against one real, clean Redis server, started before the class and stopped after it.
 *
 * <p>The server is injected as a {@link RedisServer} parameter into constructors, {@code @BeforeAll},
 * {@code @BeforeEach} and test methods. All of them receive the same instance. If a test stopped or killed the
 * server, it is started again (on the same port) before the next test. The data is not flushed between tests;
 * call {@link RedisServer#flushAll()} in a {@code @BeforeEach} method when a test needs an empty server.
 *
 * <pre>{@code
 * @RedisTest
 * class SessionStoreTest {
 *     @Test
 *     void put_thenGet_returnsValue(RedisServer redis) {
 *         try (Jedis jedis = new Jedis(URI.create(redis.uri()))) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>Where the server comes from is described in {@link RedisServers#startStandalone()}. This annotation has no
 * attributes.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RedisExtension.class)
public @interface RedisTest {
}
