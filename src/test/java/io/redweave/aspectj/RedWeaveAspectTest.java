package io.redweave.aspectj;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.aspectj.lang.Aspects;
import org.junit.jupiter.api.Test;

/**
 * The aspect as core's jar ships it: finished by ajc, so that code woven at compile time against
 * {@code redweave-core} as an aspect library finds its instance ({@code aspectOf()}), which javac alone never adds.
 */
class RedWeaveAspectTest {

    @Test
    void theAspectClass_isFinishedByAjc_withItsSingletonAccessors() throws Exception {
        Method aspectOf = RedWeaveAspect.class.getMethod("aspectOf");
        Method hasAspect = RedWeaveAspect.class.getMethod("hasAspect");

        assertThat(Modifier.isStatic(aspectOf.getModifiers())).isTrue();
        assertThat(hasAspect.invoke(null)).isEqualTo(true);
        assertThat(aspectOf.invoke(null)).isSameAs(Aspects.aspectOf(RedWeaveAspect.class));
    }
}
