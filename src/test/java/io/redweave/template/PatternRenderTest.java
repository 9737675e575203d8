package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRenderTest {

    private static BoundTemplate pattern(String text) {
        return KeyTemplate.parse(text, TemplateKind.PATTERN).bind(List.of("id"), 1).bound();
    }

    @Test
    void renderPattern_literalGlobsStayGlobs() {
        assertThat(pattern("user:{id}:*").renderPattern("42")).isEqualTo("user:42:*");
        assertThat(pattern("user:{id}:*").hasGlob()).isTrue();
    }

    @Test
    void renderPattern_globArgument_doesNotWiden() {
        String rendered = pattern("user:{id}:*").renderPattern("*");

        assertThat(rendered).isEqualTo("user:%2A:*");
        assertThat(RedisGlob.matches(rendered, "user:%2A:profile")).isTrue();
        assertThat(RedisGlob.matches(rendered, "user:42:profile")).isFalse();
    }

    @Test
    void renderPattern_everyGlobCharacterInArguments_isInert() {
        for (String hostile : List.of("*", "?", "[a-z]", "\\*", "4*", "[", "]")) {
            String rendered = pattern("user:{id}").renderPattern(hostile);
            assertThat(Globs.hasGlob(rendered)).as(rendered).isFalse();
            assertThat(RedisGlob.matches(rendered, "user:42")).as(rendered).isFalse();
        }
    }

    @Test
    void renderPattern_withoutGlob_namesOneExactKey() {
        BoundTemplate template = pattern("user:{id}");

        assertThat(template.hasGlob()).isFalse();
        assertThat(Globs.exactKey(template.renderPattern("a:b"))).isEqualTo("user:a%3Ab");
    }

    @Test
    void renderPattern_onKeyTemplate_isRejected() {
        BoundTemplate key = KeyTemplate.parse("user:{id}", TemplateKind.KEY).bind(List.of("id"), 1).bound();

        assertThatIllegalStateException().isThrownBy(() -> key.renderPattern("1")).withMessageContaining("KEY");
    }

    @Test
    void globs_escapesAreHonoured() {
        assertThat(Globs.hasGlob("a\\*b")).isFalse();
        assertThat(Globs.hasGlob("a\\\\*")).isTrue();
        assertThat(Globs.exactKey("a\\*b\\\\c")).isEqualTo("a*b\\c");
        assertThatIllegalArgumentException().isThrownBy(() -> Globs.exactKey("a*")).withMessageContaining("a*");
    }

    @Test
    void redisGlob_testMatcherFollowsRedisRules() {
        assertThat(RedisGlob.matches("a*", "abc")).isTrue();
        assertThat(RedisGlob.matches("a?c", "abc")).isTrue();
        assertThat(RedisGlob.matches("a[bx]c", "abc")).isTrue();
        assertThat(RedisGlob.matches("a[^b]c", "abc")).isFalse();
        assertThat(RedisGlob.matches("a\\*", "a*")).isTrue();
        assertThat(RedisGlob.matches("a\\*", "ab")).isFalse();
    }
}
