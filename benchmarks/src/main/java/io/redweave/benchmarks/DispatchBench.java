package io.redweave.benchmarks;

import io.redweave.RedWeave;
import io.redweave.benchmarks.services.DispatchApi;
import io.redweave.benchmarks.services.DispatchTarget;
import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.benchmarks.support.Checks;
import io.redweave.benchmarks.support.LocalCore;
import io.redweave.benchmarks.support.NoopInterceptor;
import io.redweave.benchmarks.support.NoopStore;
import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.woven.WovenService;
import io.redweave.internal.bytebuddy.ByteBuddyWeaving;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.Method;
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

/**
 * Dispatch: what a weaving adapter costs to reach the interception core, against a direct call of the same trivial
 * method (it returns its argument). Nothing here touches Redis.
 *
 * <ul>
 *   <li>Byte Buddy, adapter only: {@code enhance}/{@code proxy} bound to an interceptor that just proceeds.</li>
 *   <li>Adapter + the core's empty plan: the generated method hands the call to RedWeave's real core, which looks up
 *       the method's plan (empty) and proceeds. For AspectJ this is the only way in: the aspect always calls the
 *       core of {@code RedWeave.get()}, so the woven method carries {@code @InvalidateCache.List({})}, which the
 *       pointcut matches and whose plan is empty.</li>
 *   <li>The core's empty plan alone: the core invoked directly with a prepared invocation.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBench {

    /** The Byte Buddy targets and the core; no Redis. */
    @State(Scope.Benchmark)
    public static class ByteBuddyTargets {
        final String id = Payload.USER_ID;
        final DispatchTarget direct = new DispatchTarget();
        DispatchTarget enhancedNoop;
        DispatchApi proxyNoop;
        DispatchTarget enhancedCore;
        AnnotationInterceptor core;
        Invocation prepared;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) throws Exception {
            Checks.recordLoad(params.getBenchmark());
            enhancedNoop = ByteBuddyWeaving.enhance(new NoopInterceptor(), DispatchTarget.class)
                    .getConstructor().newInstance();
            proxyNoop = ByteBuddyWeaving.proxy(new NoopInterceptor(), (DispatchApi) new DispatchTarget());
            core = LocalCore.over(new NoopStore(Payload.USER));
            enhancedCore = ByteBuddyWeaving.enhance(LocalCore.offering(core, "emptyPlan"), DispatchTarget.class)
                    .getConstructor().newInstance();
            prepared = new PreparedCall(direct, DispatchTarget.class.getMethod("emptyPlan", String.class), id);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            core.close();
        }
    }

    /** The AspectJ-woven service; the aspect needs {@code RedWeave.initialize}, hence a Redis it never calls here. */
    @State(Scope.Benchmark)
    public static class AspectJTargets {
        final String id = Payload.USER_ID;
        BenchRedis redis;
        WovenService woven;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            Checks.recordLoad(params.getBenchmark());
            redis = BenchRedis.start();
            RedWeave.initialize(redis.config());
            woven = new WovenService();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            RedWeave.shutdown();
            redis.close();
        }
    }

    /** An invocation prepared once, so that only the core's own work is measured. */
    static final class PreparedCall implements Invocation {
        private final DispatchTarget target;
        private final Method method;
        private final String id;
        private final Object[] arguments;

        PreparedCall(DispatchTarget target, Method method, String id) {
            this.target = target;
            this.method = method;
            this.id = id;
            this.arguments = new Object[] {id};
        }

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
            return arguments;
        }

        @Override
        public Object proceed() {
            return target.emptyPlan(id);
        }
    }

    /** The baseline: a direct virtual call. */
    @Benchmark
    public String direct(ByteBuddyTargets t) {
        return t.direct.annotated(t.id);
    }

    /** Byte Buddy subclass ({@code enhance}) reaching an interceptor that only proceeds. */
    @Benchmark
    public String byteBuddyEnhanceNoop(ByteBuddyTargets t) {
        return t.enhancedNoop.annotated(t.id);
    }

    /** Byte Buddy proxy ({@code proxy}) reaching an interceptor that only proceeds. */
    @Benchmark
    public String byteBuddyProxyNoop(ByteBuddyTargets t) {
        return t.proxyNoop.annotated(t.id);
    }

    /** Byte Buddy subclass reaching RedWeave's core, whose plan for the method is empty. */
    @Benchmark
    public String byteBuddyEnhanceCoreEmptyPlan(ByteBuddyTargets t) {
        return t.enhancedCore.emptyPlan(t.id);
    }

    /** RedWeave's core alone, empty plan, invoked with a prepared invocation. */
    @Benchmark
    public Object coreEmptyPlanDirect(ByteBuddyTargets t) throws Throwable {
        return t.core.invoke(t.prepared);
    }

    /** The AspectJ baseline: an unadvised method of the woven class. */
    @Benchmark
    public String aspectjDirect(AspectJTargets t) {
        return t.woven.plain(t.id);
    }

    /** AspectJ (compile-time woven) reaching RedWeave's core, whose plan for the method is empty. */
    @Benchmark
    public String aspectjCoreEmptyPlan(AspectJTargets t) {
        return t.woven.emptyPlan(t.id);
    }
}
