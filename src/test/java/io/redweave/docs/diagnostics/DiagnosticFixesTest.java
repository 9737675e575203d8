package io.redweave.docs.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every fix of {@code docs/diagnostics.md} is accepted by the runtime: weaving validates each annotated method's
 * plan with the same parser and rules as the processor. (The processor's own tests, in module
 * {@code annotation-processor}, prove that each commented-out annotation is reported with its ID.)
 */
@RedisTest
class DiagnosticFixesTest {

    @Test
    void everyFix_isWovenWithoutError(RedisServer server) {
        List<Class<?>> fixes = Arrays.stream(DiagnosticFixes.class.getDeclaredClasses())
                .filter(type -> !type.isRecord()).toList();
        assertThat(fixes).hasSize(23);

        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build()) {
            for (Class<?> fix : fixes) {
                assertThat(redweave.enhance(fix)).as(fix.getSimpleName()).isNotNull();
            }
            assertThat(redweave.interceptor().intercepts(method(Carts.class, "items"), Carts.class))
                    .as("RW212: no method of Carts can resolve the id, so none is scoped").isFalse();
        }
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
