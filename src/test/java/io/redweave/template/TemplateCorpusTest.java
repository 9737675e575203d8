package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateCorpusTest {

    static Stream<TemplateCorpus.Entry> corpus() {
        return TemplateCorpus.read().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusTemplate_checkedAgainstItsParameters_givesExactlyTheExpectedProblems(TemplateCorpus.Entry entry) {
        KeyTemplate template = KeyTemplate.parse(entry.template(), entry.kind());

        List<TemplateProblem> problems = template.check(entry.names(), entry.types());

        List<String> found = new ArrayList<>();
        for (TemplateProblem problem : problems) {
            found.add(problem.id().code() + "@" + problem.start());
        }
        assertThat(found).as("problems of %s: %s", entry, problems).containsExactlyInAnyOrderElementsOf(entry.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusTemplate_bindsExactlyWhenItHasNoProblems(TemplateCorpus.Entry entry) {
        BindResult result = KeyTemplate.parse(entry.template(), entry.kind()).bind(entry.names(), entry.types());

        assertThat(result.isBound()).as("%s", entry).isEqualTo(entry.expected().isEmpty());
    }

    @Test
    void corpus_coversEveryProblemId() {
        Set<ProblemId> covered = EnumSet.noneOf(ProblemId.class);
        for (TemplateCorpus.Entry entry : TemplateCorpus.read()) {
            for (String expected : entry.expected()) {
                covered.add(ProblemId.ofCode(expected.substring(0, expected.indexOf('@'))));
            }
        }
        assertThat(covered).containsExactlyInAnyOrder(ProblemId.values());
    }

    @Test
    void corpus_hasGoodKeyAndPatternTemplates() {
        List<TemplateCorpus.Entry> good = TemplateCorpus.read().stream().filter(e -> e.expected().isEmpty()).toList();
        assertThat(good).extracting(TemplateCorpus.Entry::kind).contains(TemplateKind.KEY, TemplateKind.PATTERN);
    }
}
