package io.redweave.internal.bytebuddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.InvalidKeyTemplateException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.annotation.Cached;
import io.redweave.annotation.RateLimited;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is particular to {@code RedWeave.proxy(target)}: the kind of proxy, delegation, and errors at proxy time. */
@RedisTest
class ProxyTest {
    private RedWeave redweave;

    public interface Greeter {
        String greet(String name);

        @Cached(key = "greeting:{name}", ttl = 60)
        String greetCached(String name);

        String plain();
    }

    public static class GreeterImpl implements Greeter {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        @Cached(key = "greet:{name}", ttl = 60)
        public String greet(String name) {
            return "hello " + name + " #" + runs.incrementAndGet();
        }

        @Override
        public String greetCached(String name) {
            return "hi " + name + " #" + runs.incrementAndGet();
        }

        @Override
        public String plain() {
            return Arrays.toString(new Throwable().getStackTrace());
        }

        public String greetTwiceDirectly(String name) {
            return greet(name) + greet(name);
        }

        @Override
        public String toString() {
            return "GreeterImpl";
        }
    }

    public interface Finder<T> {
        T find(String id);
    }

    public static class NameFinder implements Finder<List<String>> {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        @Cached(key = "finder:{id}", ttl = 60)
        public List<String> find(String id) {
            return List.of(id, "#" + loads.incrementAndGet());
        }
    }

    public static class Counter {
        private final AtomicInteger count;

        public Counter() {
            this(new AtomicInteger());
        }

        Counter(AtomicInteger count) {
            this.count = count;
        }

        @RateLimited(key = "count", limit = 2, window = 60)
        public int increment() {
            return count.incrementAndGet();
        }

        public int current() {
            return count.get();
        }

        int packagePrivate() {
            return count.get() * 10;
        }
    }

    public static final class FinalService {
        @Cached(key = "x", ttl = 60)
        public String value() {
            return "x";
        }
    }

    public static class FinalMethod {
        @Cached(key = "x", ttl = 60)
        public final String value() {
            return "x";
        }
    }

    public static class NoDefaultConstructor {
        private final String name;

        public NoDefaultConstructor(String name) {
            this.name = name;
        }

        @Cached(key = "name", ttl = 60)
        public String name() {
            return name;
        }
    }

    public static class ExtraAnnotatedMethod implements Runnable {
        @Override
        public void run() {
        }

        @Cached(key = "extra", ttl = 60)
        public String extra() {
            return "extra";
        }
    }

    public static class BadTemplate {
        @Cached(key = "user:{usrId}", ttl = 60)
        public String user(String userId) {
            return userId;
        }
    }

    public static class PrivateAnnotated {
        public String open() {
            return hidden();
        }

        @Cached(key = "hidden", ttl = 60)
        private String hidden() {
            return "hidden";
        }
    }

    @BeforeEach
    void connect(RedisServer server) {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void proxy_ofAClassWithInterfaces_implementsTheInterfacesNotTheClass() {
        Object proxy = redweave.proxy(new GreeterImpl());

        assertThat(proxy).isInstanceOf(Greeter.class).isInstanceOf(ProxyTarget.class).isNotInstanceOf(GreeterImpl.class);
        assertThat(proxy.getClass().getName()).startsWith(GreeterImpl.class.getName() + "$$RedWeaveProxy$");
    }

    @Test
    void proxy_readsAnnotationsFromTheTargetClassFirst_thenFromTheInterface() {
        GreeterImpl target = new GreeterImpl();
        Greeter greeter = redweave.proxy(target);

        assertThat(greeter.greet("ada")).isEqualTo(greeter.greet("ada"));
        assertThat(greeter.greetCached("bob")).isEqualTo(greeter.greetCached("bob"));

        assertThat(target.runs.get()).isEqualTo(2);
        assertThat(redweave.client().exists("cache:greet:ada")).isTrue();
        assertThat(redweave.client().exists("cache:greeting:bob")).isTrue();
    }

    @Test
    void proxy_unannotatedMethod_goesStraightToTheTarget() {
        CountingInterceptor interceptor = new CountingInterceptor(redweave.interceptor());
        Greeter greeter = ByteBuddyWeaving.proxy(interceptor, new GreeterImpl());

        String stack = greeter.plain();
        greeter.greet("ada");

        assertThat(stack).doesNotContain(Dispatcher.class.getName()).doesNotContain("io.redweave.internal.weave");
        assertThat(interceptor.invoked).extracting(method -> method.getName()).containsExactly("greet");
    }

    @Test
    void proxy_callsOfTheTargetOnItself_areNotIntercepted() {
        GreeterImpl target = new GreeterImpl();
        redweave.proxy(target);

        assertThat(target.greetTwiceDirectly("ada")).isEqualTo("hello ada #1hello ada #2");
    }

    @Test
    void proxy_equalsHashCodeAndToString_answerForTheTarget() {
        GreeterImpl target = new GreeterImpl();
        Greeter first = redweave.proxy(target);
        Greeter second = redweave.proxy(target);

        assertThat(first).isEqualTo(first).isEqualTo(second).isNotEqualTo(redweave.proxy(new GreeterImpl()));
        assertThat(first.hashCode()).isEqualTo(target.hashCode());
        assertThat(first.toString()).isEqualTo("GreeterImpl");
        assertThat(((ProxyTarget) first).redweaveTarget()).isSameAs(target);
    }

    @Test
    void proxy_ofTheSameClass_byTwoInstances_sharesTheClassAndUsesEachProxysOwnInstance(RedisServer server) {
        try (RedWeave other = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build())
                .namespace("other").build()) {
            Greeter mine = redweave.proxy(new GreeterImpl());
            Greeter theirs = other.proxy(new GreeterImpl());

            mine.greet("ada");
            theirs.greet("bob");

            assertThat(theirs.getClass()).isSameAs(mine.getClass());
            assertThat(redweave.client().exists("cache:greet:ada")).isTrue();
            assertThat(redweave.client().exists("other:cache:greet:bob")).isTrue();
            assertThat(redweave.client().exists("cache:greet:bob")).isFalse();
        }
    }

    @Test
    void proxy_isGeneratedOncePerTargetClass() {
        Object first = redweave.proxy(new GreeterImpl());
        Object second = redweave.proxy(new GreeterImpl());

        assertThat(second.getClass()).isSameAs(first.getClass());
    }

    @Test
    void proxy_genericInterface_decodesToTheImplementationsReturnType() {
        NameFinder target = new NameFinder();
        Finder<List<String>> finder = redweave.proxy(target);

        assertThat(finder.find("1")).containsExactly("1", "#1");
        assertThat(finder.find("1")).containsExactly("1", "#1");
        assertThat(target.loads.get()).isEqualTo(1);
    }

    @Test
    void proxy_ofAClassWithoutInterfaces_isASubclassThatDelegatesEveryCallToTheTarget() {
        Counter target = new Counter(new AtomicInteger(100));
        Counter counter = redweave.proxy(target);

        assertThat(counter.getClass().getSuperclass()).isEqualTo(Counter.class);
        assertThat(counter.increment()).isEqualTo(101);
        assertThat(counter.increment()).isEqualTo(102);
        assertThat(counter.current()).isEqualTo(102);
        assertThat(counter.packagePrivate()).isEqualTo(1020);
        assertThatThrownBy(counter::increment).isInstanceOf(io.redweave.RateLimitExceededException.class);
        assertThat(target.current()).isEqualTo(102);
    }

    @Test
    void proxy_finalClassWithoutInterfaces_failsAtProxyTime() {
        assertThatThrownBy(() -> redweave.proxy(new FinalService()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot proxy " + FinalService.class.getName())
                .hasMessageContaining("it is final and implements no interface");
    }

    @Test
    void proxy_finalAnnotatedMethod_failsAtProxyTime() {
        assertThatThrownBy(() -> redweave.proxy(new FinalMethod()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FinalMethod.value()")
                .hasMessageContaining("is final, so a subclass proxy cannot intercept it");
    }

    @Test
    void proxy_classWithoutNoArgumentConstructor_failsAndSuggestsEnhance() {
        assertThatThrownBy(() -> redweave.proxy(new NoDefaultConstructor("n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a no-argument constructor that is not private")
                .hasMessageContaining("redweave.enhance(NoDefaultConstructor.class)");
    }

    @Test
    void proxy_annotatedMethodThatNoInterfaceDeclares_failsAtProxyTime() {
        assertThatThrownBy(() -> redweave.proxy(new ExtraAnnotatedMethod()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ExtraAnnotatedMethod.extra()")
                .hasMessageContaining("none of its interfaces [java.lang.Runnable] declares it")
                .hasMessageContaining("redweave.enhance(ExtraAnnotatedMethod.class)");
    }

    @Test
    void proxy_privateAnnotatedMethod_failsAtProxyTime() {
        assertThatThrownBy(() -> redweave.proxy(new PrivateAnnotated()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PrivateAnnotated.hidden()")
                .hasMessageContaining("is private, so no proxy or generated subclass can ever reach it");
    }

    @Test
    void proxy_invalidKeyTemplate_failsAtProxyTime_namingTheMethodAndTheProblem() {
        assertThatThrownBy(() -> redweave.proxy(new BadTemplate()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the RedWeave annotations of BadTemplate.user(String) are invalid")
                .hasMessageContaining("RW108")
                .hasCauseInstanceOf(InvalidKeyTemplateException.class);
    }

    @Test
    void proxy_ofAProxy_fails() {
        Greeter greeter = redweave.proxy(new GreeterImpl());

        assertThatThrownBy(() -> redweave.proxy(greeter)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is already a RedWeave proxy (of " + GreeterImpl.class.getName() + ")");
    }

    @Test
    void proxy_ofNull_fails() {
        assertThatThrownBy(() -> redweave.proxy(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target must not be null");
    }
}
