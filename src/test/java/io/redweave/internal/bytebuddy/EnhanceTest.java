package io.redweave.internal.bytebuddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is particular to {@code RedWeave.enhance(type)}: constructors, binding, what is overridden, errors. */
@RedisTest
class EnhanceTest {
    private RedisServer server;
    private RedWeave redweave;

    /** Stands for a DI container's annotations (@Inject, @Autowired, @Named, @Singleton...). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.CONSTRUCTOR, ElementType.PARAMETER})
    @interface Marker {
        String value() default "";
    }

    @Marker("type")
    public static class Catalog {
        final String region;
        final AtomicInteger loads = new AtomicInteger();

        public Catalog() {
            this("eu");
        }

        @Marker("constructor")
        public Catalog(@Marker("parameter") String region) {
            this.region = region;
        }

        protected Catalog(List<String> regions, int ignored) {
            this(String.join("+", regions));
        }

        @Cached(key = "item:{id}", ttl = 60)
        public String item(String id) {
            return region + " item " + id + " #" + loads.incrementAndGet();
        }

        public String itemTwice(String id) {
            return item(id) + " / " + item(id);
        }

        @InvalidateCache(pattern = "item:{id}")
        public void forget(String id) {
        }

        public String plain() {
            return Arrays.toString(new Throwable().getStackTrace());
        }
    }

    public static class Base<T> {
        public T find(String id) {
            return null;
        }
    }

    public static class NamedBase extends Base<String> {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        @Cached(key = "named:{id}", ttl = 60)
        public String find(String id) {
            return "found " + id + " #" + loads.incrementAndGet();
        }
    }

    public abstract static class AbstractService {
        @Cached(key = "a", ttl = 60)
        public String value() {
            return "a";
        }
    }

    public static class OnlyPrivateConstructor {
        private OnlyPrivateConstructor() {
        }

        @Cached(key = "p", ttl = 60)
        public String value() {
            return "p";
        }
    }

    public static class FinalMethod {
        @Cached(key = "f", ttl = 60)
        public final String value() {
            return "f";
        }
    }

    public static final class FinalClass {
    }

    @BeforeEach
    void connect(RedisServer server) {
        this.server = server;
        server.flushAll();
        redweave = connect((String) null);
    }

    private RedWeave connect(String namespace) {
        RedWeave.Builder builder = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build());
        return namespace == null ? builder.build() : builder.namespace(namespace).build();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void enhance_keepsEveryConstructor_withModifiersAnnotationsParameterNamesAndGenericTypes() throws Exception {
        Class<? extends Catalog> enhanced = redweave.enhance(Catalog.class);

        assertThat(enhanced.getSuperclass()).isEqualTo(Catalog.class);
        assertThat(enhanced.getDeclaredConstructors()).hasSize(3);
        Constructor<? extends Catalog> annotated = enhanced.getDeclaredConstructor(String.class);
        assertThat(annotated.getAnnotation(Marker.class).value()).isEqualTo("constructor");
        Parameter region = annotated.getParameters()[0];
        assertThat(region.getName()).isEqualTo("region");
        assertThat(region.getAnnotation(Marker.class).value()).isEqualTo("parameter");
        Constructor<? extends Catalog> hidden = enhanced.getDeclaredConstructor(List.class, int.class);
        assertThat(Modifier.isProtected(hidden.getModifiers())).isTrue();
        assertThat(hidden.getGenericParameterTypes()[0].getTypeName()).isEqualTo("java.util.List<java.lang.String>");
        assertThat(enhanced.getAnnotation(Marker.class).value()).isEqualTo("type");

        Catalog catalog = annotated.newInstance("us");
        assertThat(catalog.item("1")).isEqualTo("us item 1 #1").isEqualTo(catalog.item("1"));
    }

    @Test
    void enhance_overridesOnlyTheAnnotatedMethods() throws Exception {
        Class<? extends Catalog> enhanced = redweave.enhance(Catalog.class);

        assertThat(Arrays.stream(enhanced.getDeclaredMethods()).filter(m -> !m.getName().contains("$"))
                .map(Method::getName)).containsExactlyInAnyOrder("item", "forget");
        CountingInterceptor interceptor = new CountingInterceptor(redweave.interceptor());
        Catalog counted = ByteBuddyWeaving.enhance(interceptor, Catalog.class).getConstructor().newInstance();
        String stack = counted.plain();
        assertThat(stack).doesNotContain(Dispatcher.class.getName());
        assertThat(interceptor.invoked).isEmpty();
    }

    @Test
    void enhance_callsOfAnInstanceOnItself_areIntercepted() throws Exception {
        Catalog catalog = redweave.enhance(Catalog.class).getConstructor().newInstance();

        assertThat(catalog.itemTwice("7")).isEqualTo("eu item 7 #1 / eu item 7 #1");
        catalog.forget("7");
        assertThat(catalog.item("7")).isEqualTo("eu item 7 #2");
    }

    @Test
    void enhance_isGeneratedOncePerClassAndInstance_andBoundToTheInstanceThatEnhancedIt() throws Exception {
        try (RedWeave other = connect("other")) {
            Class<? extends Catalog> mine = redweave.enhance(Catalog.class);
            Class<? extends Catalog> theirs = other.enhance(Catalog.class);

            assertThat(redweave.enhance(Catalog.class)).isSameAs(mine);
            assertThat(theirs).isNotSameAs(mine);
            mine.getConstructor().newInstance().item("1");
            theirs.getConstructor().newInstance().item("2");

            assertThat(redweave.client().exists("cache:item:1")).isTrue();
            assertThat(redweave.client().exists("other:cache:item:2")).isTrue();
        }
    }

    @Test
    void enhance_overrideOfAGenericMethod_isInterceptedWhenCalledThroughTheBridge() throws Exception {
        NamedBase named = redweave.enhance(NamedBase.class).getConstructor().newInstance();
        Base<String> base = named;

        assertThat(base.find("1")).isEqualTo("found 1 #1").isEqualTo(named.find("1"));
        assertThat(named.loads.get()).isEqualTo(1);
        assertThat(redweave.client().exists("cache:named:1")).isTrue();
    }

    @Test
    void enhance_classesThatCannotBeSubclassed_failWithTheReason() {
        assertThatThrownBy(() -> redweave.enhance(FinalClass.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot enhance " + FinalClass.class.getName() + ": it is final");
        assertThatThrownBy(() -> redweave.enhance(AbstractService.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is abstract");
        assertThatThrownBy(() -> redweave.enhance(Runnable.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is an interface");
        assertThatThrownBy(() -> redweave.enhance(OnlyPrivateConstructor.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all its constructors are private");
        assertThatThrownBy(() -> redweave.enhance(FinalMethod.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FinalMethod.value() carries RedWeave annotations but is final");
        assertThatThrownBy(() -> redweave.enhance(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enhance_invalidKeyTemplate_failsAtEnhanceTime() {
        assertThatThrownBy(() -> redweave.enhance(ProxyTest.BadTemplate.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot enhance " + ProxyTest.BadTemplate.class.getName())
                .hasMessageContaining("RW108");
    }
}
