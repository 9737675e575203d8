package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ProblemIdTest {

    @Test
    void codes_runFromRw101WithoutGaps() {
        ProblemId[] ids = ProblemId.values();
        for (int i = 0; i < ids.length; i++) {
            assertThat(ids[i].code()).isEqualTo("RW" + (101 + i));
        }
    }

    @Test
    void everyId_hasAOneLineDescription() {
        for (ProblemId id : ProblemId.values()) {
            assertThat(id.description()).isNotBlank().doesNotContain("\n").endsWith(".");
        }
    }

    @Test
    void ofCode_findsTheIdOrNamesTheRange() {
        assertThat(ProblemId.ofCode("RW108")).isEqualTo(ProblemId.UNKNOWN_PARAMETER);
        assertThatIllegalArgumentException().isThrownBy(() -> ProblemId.ofCode("RW999"))
                .withMessageContaining("RW999").withMessageContaining("RW101");
    }

    @Test
    void problemToString_showsCodeMessageOffsetAndHint() {
        TemplateProblem problem = KeyTemplate.parse("user:{}", TemplateKind.KEY).problems().get(0);

        assertThat(problem.toString()).startsWith("[RW104] ").contains("offset 5", "Hint: ");
    }
}
