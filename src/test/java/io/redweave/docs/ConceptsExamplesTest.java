package io.redweave.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.annotation.Cached;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import io.redweave.weave.Interceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The example of {@code docs/concepts.md}: an adapter of its own, a JDK dynamic proxy, hands calls to the core. */
@RedisTest
class ConceptsExamplesTest {

    // example: concepts-adapter
    /** A JDK dynamic proxy of {@code api} whose calls go through RedWeave's interception core to {@code target}. */
    static <T> T intercepted(Class<T> api, T target, Interceptor interceptor) {
        Object proxy = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                (self, method, args) -> interceptor.invoke(new Invocation() {
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
                        return args == null ? new Object[0] : args;
                    }

                    @Override
                    public Object proceed() throws Throwable {
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();                    // the method's own exception, unchanged
                        }
                    }
                }));
        return api.cast(proxy);
    }
    // end

    @Test
    void anAdapterOfOurOwn_getsTheSameBehaviour(RedisServer server) {
        server.flushAll();
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build()) {
            Greeter greeter = intercepted(Greeter.class, new Greeter.Impl(), redweave.interceptor());

            assertThat(greeter.greet("Ada")).isEqualTo("Hello, Ada (1)");
            assertThat(greeter.greet("Ada")).isEqualTo("Hello, Ada (1)");
            assertThat(redweave.cache().exists("greeting:Ada")).isTrue();
        }
    }

    /** A service with an annotated interface method. */
    public interface Greeter {
        /** A greeting, cached. */
        @Cached(key = "greeting:{name}", ttl = 60)
        String greet(String name);

        /** The implementation, which counts its calls. */
        final class Impl implements Greeter {
            private final AtomicInteger calls = new AtomicInteger();

            @Override
            public String greet(String name) {
                return "Hello, " + name + " (" + calls.incrementAndGet() + ")";
            }
        }
    }
}
