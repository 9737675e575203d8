package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateParsingTest {

    private static KeyTemplate key(String text) {
        return KeyTemplate.parse(text, TemplateKind.KEY);
    }

    private static TemplateProblem onlyProblem(String text, TemplateKind kind) {
        List<TemplateProblem> problems = KeyTemplate.parse(text, kind).problems();
        assertThat(problems).as("problems of \"%s\"", text).hasSize(1);
        return problems.get(0);
    }

    @Test
    void parse_namedPlaceholder_isLiteralThenPlaceholder() {
        KeyTemplate template = key("user:{userId}");

        assertThat(template.isValid()).isTrue();
        assertThat(template.parts()).containsExactly(
                new Literal("user:", 0, 5), new Placeholder("userId", -1, List.of(), 5, 13));
    }

    @Test
    void parse_hashTag_tripleBracesAreLiteralBraceAroundPlaceholder() {
        KeyTemplate template = key("{{{tenantId}}}:user:{id}");

        assertThat(template.problems()).isEmpty();
        assertThat(template.parts()).containsExactly(
                new Literal("{", 0, 2),
                new Placeholder("tenantId", -1, List.of(), 2, 12),
                new Literal("}:user:", 12, 20),
                new Placeholder("id", -1, List.of(), 20, 24));
    }

    @Test
    void parse_propertyPath_keepsEveryStep() {
        Placeholder placeholder = key("order:{order.customer.id}").placeholders().get(0);

        assertThat(placeholder.name()).isEqualTo("order");
        assertThat(placeholder.path()).containsExactly("customer", "id");
        assertThat(placeholder.expression()).isEqualTo("order.customer.id");
        assertThat(placeholder.offsetOf(1)).isEqualTo(22);
    }

    @Test
    void parse_positionalPlaceholders_haveNoName() {
        List<Placeholder> placeholders = key("{0}:{1.id}").placeholders();

        assertThat(placeholders).extracting(Placeholder::position).containsExactly(0, 1);
        assertThat(placeholders).allMatch(Placeholder::isPositional);
        assertThat(placeholders.get(1).path()).containsExactly("id");
        assertThat(key("{0}:{1.id}").usesNames()).isFalse();
    }

    @Test
    void parse_doubledBraces_areLiteralBraces() {
        assertThat(key("a{{b}}c").parts()).containsExactly(new Literal("a{b}c", 0, 7));
        assertThat(key("a{{b}}c").placeholders()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} at {2}")
    @CsvSource(delimiter = '|', value = {
        "''           | RW101 | 0",
        "'   '        | RW101 | 0",
        "user:{id     | RW102 | 5",
        "user:id}     | RW103 | 7",
        "user:{}      | RW104 | 5",
        "{a..b}       | RW105 | 0",
        "{a.}         | RW105 | 0",
        "{1a}         | RW105 | 0",
        "x:{a{b}}     | RW105 | 2",
        "user:*:{id}  | RW106 | 5",
        "user:{id}]   | RW106 | 9",
        "'user: {id}' | RW107 | 5",
    })
    void parse_badKeyTemplate_reportsIdAndOffset(String text, String code, int offset) {
        TemplateProblem problem = onlyProblem(text, TemplateKind.KEY);

        assertThat(problem.id().code()).isEqualTo(code);
        assertThat(problem.start()).isEqualTo(offset);
        assertThat(problem.end()).isBetween(problem.start(), text.length());
        assertThat(problem.hint()).isNotBlank();
    }

    @Test
    void parse_problemMessages_nameTheOffendingText() {
        assertThat(onlyProblem("user:{a..b}", TemplateKind.KEY).message()).contains("{a..b}", "two dots");
        assertThat(onlyProblem("user:{1a}", TemplateKind.KEY).message()).contains("{1a}");
        assertThat(onlyProblem("user:*", TemplateKind.KEY).message()).contains("'*'", "user:*");
        assertThat(onlyProblem("user:\t", TemplateKind.KEY).message()).contains("U+0009");
        assertThat(onlyProblem("user:id}", TemplateKind.KEY).message()).contains("user:id}");
    }

    @Test
    void parse_controlCharacters_areEachReported() {
        List<TemplateProblem> problems = key("a\r\nb\0c").problems();

        assertThat(problems).extracting(TemplateProblem::id).containsOnly(ProblemId.INVISIBLE_CHARACTER);
        assertThat(problems).extracting(TemplateProblem::start).containsExactly(1, 2, 4);
    }

    @Test
    void parse_globInPattern_isAllowed() {
        KeyTemplate pattern = KeyTemplate.parse("user:{id}:*", TemplateKind.PATTERN);

        assertThat(pattern.problems()).isEmpty();
        assertThat(pattern.hasGlob()).isTrue();
    }

    @Test
    void hasGlob_patternWithoutGlob_isFalse() {
        assertThat(KeyTemplate.parse("user:{id}", TemplateKind.PATTERN).hasGlob()).isFalse();
        assertThat(KeyTemplate.parse("user:\\*", TemplateKind.PATTERN).hasGlob()).isFalse();
        assertThat(KeyTemplate.parse("user:{id}?", TemplateKind.PATTERN).hasGlob()).isTrue();
        assertThat(KeyTemplate.parse("user:[ab]", TemplateKind.PATTERN).hasGlob()).isTrue();
    }

    @Test
    void parse_manyProblems_areAllCollected() {
        List<TemplateProblem> problems = key("a*{}:{x.}}{").problems();

        assertThat(problems).extracting(p -> p.id().code() + "@" + p.start())
                .containsExactly("RW106@1", "RW104@2", "RW105@5", "RW103@9", "RW102@10");
    }

    @Test
    void parse_randomText_neverThrows() {
        Random random = new Random(42);
        String alphabet = "{}.:*?[]\\ \t\0a1_$é";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (TemplateKind kind : TemplateKind.values()) {
                KeyTemplate template = KeyTemplate.parse(text.toString(), kind);
                for (TemplateProblem problem : template.problems()) {
                    assertThat(problem.start()).isBetween(0, text.length());
                    assertThat(problem.end()).isBetween(problem.start(), Math.max(text.length(), 1));
                }
                template.check(List.of("a", "b"), List.of(String.class, String.class));
            }
        }
    }

    @Test
    void toString_isTheTemplateAsWritten() {
        assertThat(key("{{{t}}}:u:{id}")).hasToString("{{{t}}}:u:{id}");
        assertThat(key("u:{a.b}").placeholders().get(0)).hasToString("{a.b}");
    }
}
