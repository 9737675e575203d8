package io.redweave.internal.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.SessionNotFoundException;
import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import io.redweave.weave.Invocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interception core driven directly, without any weaving: the adapters' contract suite covers the rest. */
@RedisTest
class AnnotationInterceptorTest {
    private final RedisServer server;
    private RedWeave redweave;

    AnnotationInterceptorTest(RedisServer server) {
        this.server = server;
    }

    public static class Service {
        final AtomicInteger loads = new AtomicInteger();
        final List<String> order = new ArrayList<>();

        @Cached(key = "user:{id}", ttl = 60)
        public String user(String id) {
            return "user-" + id + "#" + loads.incrementAndGet();
        }

        @Cached(key = "maybe:{id}", ttl = 60)
        public Optional<String> maybe(String id) {
            loads.incrementAndGet();
            return Optional.empty();
        }

        @InvalidateCache(pattern = "user:{id}")
        public void rename(String id) {
            order.add("rename");
        }

        @Cached(key = "report:{id}", ttl = 60)
        @InvalidateCache(pattern = "user:{id}")
        public String report(String id) {
            return "report-" + id + "#" + loads.incrementAndGet();
        }

        @RateLimited(key = "api:{caller}", limit = 2, window = 60)
        public String limited(String caller) {
            return "ok";
        }

        @SessionScoped(id = "{sessionId}")
        public String whoAmI(String sessionId) {
            return SessionContext.current().userId();
        }
    }

    @SessionScoped(id = "{sessionId}")
    public static class ScopedService {
        public String profile(String sessionId) {
            return SessionContext.current().userId();
        }

        public String health() {
            return "up";
        }

        @Override
        public String toString() {
            return "ScopedService";
        }
    }

    public interface Directory {
        @Cached(key = "dir:{id}", ttl = 60)
        String find(String id);
    }

    public static class RenamingDirectory implements Directory {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public String find(String userId) {
            return userId + "#" + loads.incrementAndGet();
        }
    }

    @BeforeEach
    void connect() {
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    private Object call(Service service, String name, Object... args) throws Throwable {
        Method method = null;
        for (Method candidate : Service.class.getMethods()) {
            if (candidate.getName().equals(name)) {
                method = candidate;
            }
        }
        return redweave.interceptor().invoke(invocation(service, method, args));
    }

    @Test
    void cached_missThenHit_andInvalidationForcesAFreshLoad() throws Throwable {
        Service service = new Service();
        assertThat(call(service, "user", "42")).isEqualTo("user-42#1");
        assertThat(call(service, "user", "42")).isEqualTo("user-42#1");
        assertThat(redweave.client().exists("cache:user:42")).isTrue();
        call(service, "rename", "42");
        assertThat(call(service, "user", "42")).isEqualTo("user-42#2");
    }

    @Test
    void stacked_cachedAndInvalidateCache_invalidatesOnlyWhenTheMethodRuns_neverOnACacheHit() throws Throwable {
        Service service = new Service();
        assertThat(call(service, "report", "5")).isEqualTo("report-5#1");
        call(service, "user", "5");
        assertThat(redweave.client().exists("cache:user:5")).isTrue();
        assertThat(call(service, "report", "5")).isEqualTo("report-5#1");
        assertThat(redweave.client().exists("cache:user:5")).as("a cache hit runs no invalidation").isTrue();
        redweave.client().del("cache:report:5");
        assertThat(call(service, "report", "5")).isEqualTo("report-5#3");
        assertThat(redweave.client().exists("cache:user:5")).as("the method ran, so it invalidated").isFalse();
    }

    @Test
    void cached_optionalEmpty_isNotCachedWithoutCacheNulls() throws Throwable {
        Service service = new Service();
        assertThat(call(service, "maybe", "1")).isEqualTo(Optional.empty());
        assertThat(call(service, "maybe", "1")).isEqualTo(Optional.empty());
        assertThat(service.loads.get()).isEqualTo(2);
    }

    @Test
    void rateLimited_tripsAfterTheLimit_withRetryAfter() throws Throwable {
        Service service = new Service();
        call(service, "limited", "alice");
        call(service, "limited", "alice");
        assertThatThrownBy(() -> call(service, "limited", "alice"))
                .isInstanceOf(RateLimitExceededException.class)
                .satisfies(e -> assertThat(((RateLimitExceededException) e).retryAfter()).isPositive());
        assertThat(call(service, "limited", "bob")).isEqualTo("ok");
    }

    @Test
    void sessionScoped_bindsTheSession_orThrowsWhenMissing() throws Throwable {
        Service service = new Service();
        redweave.sessions().createSession("s-1", "u-7");
        assertThat(call(service, "whoAmI", "s-1")).isEqualTo("u-7");
        assertThat(SessionContext.find()).isEmpty();
        assertThatThrownBy(() -> call(service, "whoAmI", "missing"))
                .isInstanceOf(SessionNotFoundException.class).hasMessageContaining("missing");
    }

    @Test
    void sessionScopedOnAType_appliesToMethodsThatCanResolveTheId_only() throws Throwable {
        ScopedService service = new ScopedService();
        Class<?> type = ScopedService.class;
        assertThat(redweave.interceptor().intercepts(type.getMethod("profile", String.class), type)).isTrue();
        assertThat(redweave.interceptor().intercepts(type.getMethod("health"), type)).isFalse();
        assertThat(redweave.interceptor().intercepts(type.getMethod("toString"), type)).isFalse();
        assertThat(redweave.interceptor().intercepts(type.getMethod("hashCode"), type)).isFalse();
        redweave.sessions().createSession("s-9", "u-9");
        assertThat(redweave.interceptor().invoke(invocation(service, type.getMethod("profile", String.class), "s-9")))
                .isEqualTo("u-9");
    }

    @Test
    void templateOnAnInterfaceMethod_bindsToTheInterfacesParameterNames_evenWhenTheImplementationRenamesThem()
            throws Throwable {
        RenamingDirectory directory = new RenamingDirectory();
        Method find = Directory.class.getMethod("find", String.class);
        assertThat(redweave.interceptor().invoke(invocation(directory, find, "7"))).isEqualTo("7#1");
        assertThat(redweave.interceptor().invoke(invocation(directory, find, "7"))).isEqualTo("7#1");
        assertThat(redweave.client().exists("cache:dir:7")).isTrue();
    }

    private static Invocation invocation(Object target, Method method, Object... args) {
        return new Invocation() {
            @Override
            public Method method() {
                return method;
            }

            @Override
            public Object target() {
                return target;
            }

            @Override
            public Object[] arguments() {
                return args;
            }

            @Override
            public Object proceed() throws Throwable {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
    }

    @Test
    void redisStopped_failOpenCacheRunsTheMethod_andBreakerOpens() throws Throwable {
        org.junit.jupiter.api.Assumptions.assumeTrue(server.canRestart(), "needs a server this test can stop");
        Service service = new Service();
        server.stop();
        try {
            for (int i = 0; i < 5; i++) {
                assertThat((String) call(service, "user", "9")).startsWith("user-9#");
            }
            assertThat(((AnnotationInterceptor) redweave.interceptor()).breakerState()).isEqualTo("OPEN");
        } finally {
            server.start();
        }
    }
}
