package io.redweave.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.InvalidKeyTemplateException;
import io.redweave.RedWeaveException;
import io.redweave.template.BoundTemplate;
import io.redweave.template.KeyEncoder;
import io.redweave.template.ProblemId;
import io.redweave.template.TemplateKind;
import io.redweave.template.TemplateRenderException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTemplatesTest {

    /** A method to bind templates to; the build compiles with -parameters. */
    @SuppressWarnings("unused")
    private static Object find(String userId, Filter filter) {
        return null;
    }

    private static Method method() throws NoSuchMethodException {
        return KeyTemplatesTest.class.getDeclaredMethod("find", String.class, Filter.class);
    }

    /** A parameter type with one property. */
    public interface Filter {
        String getId();
    }

    @Test
    void bind_goodTemplate_rendersWithTheMethodsNames() throws NoSuchMethodException {
        BoundTemplate key = KeyTemplates.bind("user:{userId}:{1}", TemplateKind.KEY, method());

        assertThat(KeyTemplates.render(key, "a:b", 7)).isEqualTo("user:a%3Ab:7");
    }

    @Test
    void bind_badTemplate_throwsInvalidKeyTemplateExceptionWithEveryProblem() {
        assertThatThrownBy(() -> KeyTemplates.bind("user:{usrId}:{}", TemplateKind.KEY, method()))
                .isInstanceOf(InvalidKeyTemplateException.class)
                .isInstanceOf(RedWeaveException.class)
                .hasMessageContaining("user:{usrId}:{}").hasMessageContaining("[RW104]").hasMessageContaining("[RW108]")
                .satisfies(e -> assertThat(((InvalidKeyTemplateException) e).problems())
                        .extracting(p -> p.id()).containsExactly(ProblemId.EMPTY_PLACEHOLDER, ProblemId.UNKNOWN_PARAMETER));
    }

    @Test
    void bind_namesUnknown_saysCompileWithParameters() {
        assertThatThrownBy(() -> KeyTemplates.bind("user:{userId}", TemplateKind.KEY, null,
                List.of(String.class, Object.class)))
                .isInstanceOf(InvalidKeyTemplateException.class)
                .hasMessageContaining("-parameters").hasMessageContaining("{0}");
    }

    @Test
    void render_failingGetter_throwsInvalidKeyTemplateExceptionWithTheCause() throws NoSuchMethodException {
        BoundTemplate key = KeyTemplates.bind("f:{filter.id}", TemplateKind.KEY, method());
        Filter failing = () -> {
            throw new IllegalStateException("no id yet");
        };

        assertThatThrownBy(() -> KeyTemplates.render(key, "u", failing))
                .isInstanceOf(InvalidKeyTemplateException.class)
                .hasMessageStartingWith("Key template \"f:{filter.id}\": the placeholder {filter.id}")
                .hasMessageContaining("no id yet")
                .hasCauseInstanceOf(TemplateRenderException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void bind_propertyOnObject_isRejectedAsTheProcessorWould() {
        assertThatThrownBy(() -> KeyTemplates.bind("f:{0.id}", TemplateKind.KEY, null, List.of(Object.class)))
                .isInstanceOf(InvalidKeyTemplateException.class).hasMessageContaining("[RW111]");
    }

    @Test
    void bind_withEncoder_usesItsPartLimit() throws NoSuchMethodException {
        BoundTemplate key = KeyTemplates.bind("u:{userId}", TemplateKind.KEY, method(), KeyEncoder.withMaxPartBytes(72));

        assertThat(KeyTemplates.render(key, "x".repeat(73), null)).startsWith("u:%sha256-");
    }
}
