package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.redweave.template.corpus.Customer;
import io.redweave.template.corpus.Order;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateBindingTest {

    private static KeyTemplate key(String text) {
        return KeyTemplate.parse(text, TemplateKind.KEY);
    }

    @SuppressWarnings("unused")
    private static String find(String userId, Order order) {
        return userId;
    }

    private static Method findMethod() throws NoSuchMethodException {
        return TemplateBindingTest.class.getDeclaredMethod("find", String.class, Order.class);
    }

    @Test
    void bind_namesAndPositions_bindsAndRenders() {
        BindResult result = key("u:{userId}:{1}").bind(List.of("userId", "venue"), 2);

        assertThat(result.problems()).isEmpty();
        assertThat(result.isBound()).isTrue();
        assertThat(result.bound().render("42", "v1")).isEqualTo("u:42:v1");
    }

    @Test
    void bind_unknownName_reportsRw108WithSuggestion() {
        List<TemplateProblem> problems = key("user:{usrId}").check(List.of("userId", "page"), 2);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.UNKNOWN_PARAMETER);
            assertThat(problem.start()).isEqualTo(5);
            assertThat(problem.end()).isEqualTo(12);
            assertThat(problem.message()).contains("{usrId}", "userId, page");
            assertThat(problem.hint()).isEqualTo("Did you mean {userId}?");
        });
    }

    @Test
    void bind_positionBeyondLastParameter_reportsRw109WithRange() {
        TemplateProblem problem = key("a:{0}:{2}").check(List.of("x", "y"), 2).get(0);

        assertThat(problem.id()).isEqualTo(ProblemId.POSITION_OUT_OF_RANGE);
        assertThat(problem.start()).isEqualTo(6);
        assertThat(problem.message()).contains("{2}", "2 parameters");
        assertThat(problem.hint()).contains("{0} to {1}");
    }

    @Test
    void bind_namesUnknown_reportsRw110SuggestingParametersFlagOrPosition() {
        List<TemplateProblem> problems = key("user:{id}:{0}").check(null, 1);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.PARAMETER_NAMES_UNAVAILABLE);
            assertThat(problem.start()).isEqualTo(5);
            assertThat(problem.message()).contains("{id}", "compiled without -parameters");
            assertThat(problem.hint()).contains("-parameters", "{0}");
        });
    }

    @Test
    void bind_namesUnknownButOnlyPositions_binds() {
        assertThat(key("user:{0}:{1.id}").bind(null, List.of(String.class, Customer.class)).isBound()).isTrue();
    }

    @Test
    void bind_unknownProperty_reportsRw111AtThePropertyName() {
        TemplateProblem problem = key("o:{order.customer.idd}").check(List.of("order"), List.of(Order.class)).get(0);

        assertThat(problem.id()).isEqualTo(ProblemId.UNKNOWN_PROPERTY);
        assertThat(problem.start()).isEqualTo(18);
        assertThat(problem.end()).isEqualTo(21);
        assertThat(problem.message()).contains("'idd'", Customer.class.getTypeName(), "getIdd()", "public field idd");
    }

    @Test
    void bind_collectionArrayOrIdentityToString_reportsRw112() {
        List<TemplateProblem> problems = key("{0}:{1}:{2}:{3}")
                .check(null, List.of(List.class, int[].class, Object.class, TemplateBindingTest.class));

        assertThat(problems).extracting(p -> p.id().code() + "@" + p.start())
                .containsExactly("RW112@0", "RW112@4", "RW112@12");
        assertThat(problems.get(2).message()).contains("does not override Object.toString()");
    }

    @Test
    void bind_reflectedMethod_usesItsNamesAndTypes() throws NoSuchMethodException {
        Method method = findMethod();

        assertThat(KeyTemplate.parameterNames(method)).containsExactly("userId", "order");
        BindResult result = key("{userId}:{order.customer.address.city}:{order.paid}").bind(method);
        assertThat(result.problems()).isEmpty();
        assertThat(key("{order.nope}").bind(method).problems()).extracting(TemplateProblem::id)
                .containsExactly(ProblemId.UNKNOWN_PROPERTY);
    }

    @Test
    void bound_whenBindingFailed_throwsListingTheProblems() {
        BindResult result = key("user:{nope}").bind(List.of("id"), 1);

        assertThat(result.isBound()).isFalse();
        assertThatIllegalStateException().isThrownBy(result::bound)
                .withMessageContaining("user:{nope}").withMessageContaining("[RW108]");
    }

    @Test
    void bind_syntaxAndBindingProblems_areReportedTogether() {
        List<TemplateProblem> problems = key("u:{usr}:{}").check(List.of("user"), 1);

        assertThat(problems).extracting(TemplateProblem::id)
                .containsExactly(ProblemId.EMPTY_PLACEHOLDER, ProblemId.UNKNOWN_PARAMETER);
    }

    @Test
    void bind_namesNotMatchingCount_isACallerError() {
        assertThatIllegalArgumentException().isThrownBy(() -> key("{a}").bind(List.of("a"), 2))
                .withMessageContaining("[a]").withMessageContaining("2");
    }
}
