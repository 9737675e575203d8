package io.redweave.benchmarks;

import io.redweave.RedWeave;
import io.redweave.benchmarks.services.UserLookup;
import io.redweave.benchmarks.services.UserLookupImpl;
import io.redweave.benchmarks.services.UserService;
import io.redweave.benchmarks.spring.SpringCaches;
import io.redweave.benchmarks.spring.SpringUserService;
import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.benchmarks.support.Checks;
import io.redweave.benchmarks.support.LocalCore;
import io.redweave.benchmarks.support.MapStore;
import io.redweave.benchmarks.support.NoopStore;
import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.support.User;
import io.redweave.benchmarks.woven.WovenService;
import io.redweave.internal.bytebuddy.ByteBuddyWeaving;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.key.KeyTemplates;
import io.redweave.template.BoundTemplate;
import io.redweave.template.TemplateKind;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The whole local path of a {@code @Cached} hit (dispatch, the method's plan, key rendering, the return shape) over
 * an in-process store, against Spring's {@code @Cacheable} over an in-memory {@code ConcurrentMapCache}. The RedWeave
 * variants use the real interception core with a store that is either a no-op (every lookup hits one prepared
 * entry) or a {@code ConcurrentHashMap} keyed by the rendered key (Spring's counterpart).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LocalPathBench {

    /** The Byte Buddy services over in-process stores, and Spring's in-memory cache; no Redis. */
    @State(Scope.Benchmark)
    public static class Local {
        final String id = Payload.USER_ID;
        final UserService direct = new UserService();
        AnnotationInterceptor noopCore;
        AnnotationInterceptor mapCore;
        UserService enhancedNoop;
        UserService enhancedMap;
        UserLookup proxyNoop;
        AnnotationConfigApplicationContext springContext;
        SpringUserService spring;
        BoundTemplate template;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) throws Exception {
            Checks.recordLoad(params.getBenchmark());
            noopCore = LocalCore.over(new NoopStore(Payload.USER));
            MapStore map = new MapStore();
            mapCore = LocalCore.over(map);
            enhancedNoop = ByteBuddyWeaving.enhance(noopCore, UserService.class).getConstructor().newInstance();
            enhancedMap = ByteBuddyWeaving.enhance(mapCore, UserService.class).getConstructor().newInstance();
            proxyNoop = ByteBuddyWeaving.proxy(noopCore, (UserLookup) new UserLookupImpl());
            template = KeyTemplates.bind("user:{id}", TemplateKind.KEY, UserService.class.getMethod("find", String.class));
            springContext = SpringCaches.inMemory();
            spring = springContext.getBean(SpringUserService.class);
            Checks.require(enhancedMap.find(id).equals(Payload.USER) && map.size() == 1 && spring.find(id) != null,
                    "the in-memory caches must hold the user after one call");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.require(enhancedNoop.loads() == 0 && enhancedMap.loads() == 1 && proxyNoop.loads() == 0
                    && spring.loads() == 1, "every measured call must be a hit");
            springContext.close();
            noopCore.close();
            mapCore.close();
        }
    }

    /**
     * The AspectJ-woven service over the no-op store. The aspect always uses the core of {@code RedWeave.get()},
     * and RedWeave has no public way to plug a store, so the default instance's core is replaced by reflection
     * (field {@code Managers.interceptor}) with a core over the no-op store; the Redis it connects to is idle.
     */
    @State(Scope.Benchmark)
    public static class Woven {
        final String id = Payload.USER_ID;
        BenchRedis redis;
        WovenService woven;
        AnnotationInterceptor core;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) throws ReflectiveOperationException {
            Checks.recordLoad(params.getBenchmark());
            redis = BenchRedis.start();
            RedWeave redweave = RedWeave.initialize(redis.config());
            core = LocalCore.over(new NoopStore(Payload.USER));
            Field managersField = RedWeave.class.getDeclaredField("managers");
            managersField.setAccessible(true);
            Object managers = managersField.get(redweave);
            Field interceptorField = managers.getClass().getDeclaredField("interceptor");
            interceptorField.setAccessible(true);
            interceptorField.set(managers, core);
            woven = new WovenService();
            Checks.require(redweave.interceptor() == core && woven.find(id).equals(Payload.USER) && woven.loads() == 0,
                    "the woven service must reach the core over the no-op store");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            RedWeave.shutdown();
            redis.close();
        }
    }

    /** Reference: the service's method called directly. */
    @Benchmark
    public User direct(Local s) {
        return s.direct.find(s.id);
    }

    /** The baseline: Spring {@code @Cacheable} hit on a {@code ConcurrentMapCache} (CGLIB proxy). */
    @Benchmark
    public User springCacheableMapHit(Local s) {
        return s.spring.find(s.id);
    }

    /** RedWeave {@code @Cached} hit, Byte Buddy subclass, no-op store. */
    @Benchmark
    public User redweaveEnhancedNoopStore(Local s) {
        return s.enhancedNoop.find(s.id);
    }

    /** RedWeave {@code @Cached} hit, Byte Buddy proxy, no-op store. */
    @Benchmark
    public User redweaveProxyNoopStore(Local s) {
        return s.proxyNoop.find(s.id);
    }

    /** RedWeave {@code @Cached} hit, Byte Buddy subclass, {@code ConcurrentHashMap} store. */
    @Benchmark
    public User redweaveEnhancedMapStore(Local s) {
        return s.enhancedMap.find(s.id);
    }

    /**
     * One part of the local path alone: rendering the key {@code user:{id}} from a fresh argument array, as the core
     * does on every call (template bound once).
     */
    @Benchmark
    public String keyRenderOnly(Local s) {
        return KeyTemplates.render(s.template, new Object[] {s.id});
    }

    /** RedWeave {@code @Cached} hit, AspectJ (compile-time woven), no-op store. */
    @Benchmark
    public User redweaveAspectjNoopStore(Woven s) {
        return s.woven.find(s.id);
    }
}
