package io.redweave.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The build generates every benchmark, and the AspectJ service is woven; no benchmark runs here. */
class BenchmarkListTest {

    /** The benchmarks JMH's annotation processor generated, by their names such as {@code CacheHitBench.rawGetJackson}. */
    private static List<String> generated(List<String> includes) {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        return BenchmarkList.defaultList().find(silent, includes, List.of()).stream()
                .map(BenchmarkListEntry::getUsername)
                .map(name -> name.substring("io.redweave.benchmarks.".length()))
                .toList();
    }

    @Test
    void build_generatesEveryBenchmarkOfSection8() {
        assertThat(generated(List.of(".*"))).contains(
                "CacheHitBench.rawGetJackson", "CacheHitBench.redweaveEnhancedHit", "CacheHitBench.redweaveProxyHit",
                "CacheHitBench.redweaveAspectjHit", "CacheHitBench.springRedisHit", "CacheHitBench.codecDecode",
                "DispatchBench.direct", "DispatchBench.byteBuddyEnhanceNoop", "DispatchBench.byteBuddyProxyNoop",
                "DispatchBench.aspectjCoreEmptyPlan", "LocalPathBench.springCacheableMapHit",
                "LocalPathBench.redweaveEnhancedNoopStore", "RateLimitBench.rawGet",
                "RateLimitBench.redweaveTokenBucket", "RateLimitBench.bucket4jTryConsume");
    }

    @Test
    void quickMode_selectsTheHeadlineComparisons_andFullModeEverything() {
        assertThat(generated(Mode.QUICK.includes())).hasSize(13);
        assertThat(generated(Mode.FULL.includes())).containsExactlyInAnyOrderElementsOf(generated(List.of(".*")));
    }

    @Test
    void wovenService_isAdvisedByRedWeaveAspect_andByteBuddyServicesAreNot() throws Exception {
        assertThat(declaresAjcClosure("io.redweave.benchmarks.woven.WovenService")).isTrue();
        assertThat(declaresAjcClosure("io.redweave.benchmarks.services.UserService")).isFalse();
        assertThat(declaresAjcClosure("io.redweave.benchmarks.services.DispatchTarget")).isFalse();
    }

    private static boolean declaresAjcClosure(String className) throws ClassNotFoundException {
        Class<?> type = Class.forName(className);
        for (var field : type.getDeclaredFields()) {
            if (field.getName().startsWith("ajc$")) {
                return true;
            }
        }
        for (var method : type.getDeclaredMethods()) {
            if (method.getName().contains("_aroundBody")) {
                return true;
            }
        }
        return false;
    }
}
