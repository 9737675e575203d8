package io.redweave.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether an invalidation pattern can match a cached key, from the literal structure of both templates. */
class GlobOverlapTest {

    @ParameterizedTest(name = "key {0} vs pattern {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            user:{id}               | user:{id}           | true
            user:{id}:profile       | user:{id}:*         | true
            user:{id}:profile       | user:{id}:settings  | false
            user:{id}               | usr:*               | false
            user:{id}               | *                   | true
            user:{id}               | user:*:x            | false
            user:{id}:x             | user:*              | true
            user:{id}:x             | user:{id}           | false
            {{{tenant}}}:user:{id}  | {{*}}:user:*        | true
            {{{tenant}}}:user:{id}  | user:*              | false
            user:{id}               | user:[0-9]*         | true
            user:{id}               | user:[:]            | false
            user:{id}               | user:[]             | false
            user:{id}               | user:[^a]           | true
            user:{id}               | user:\\*            | false
            a{{b}}                  | a\\{{b\\}}          | true
            a{{b}}                  | a\\{{c\\}}          | false
            a:{x}                   | a:?                 | true
            a:{x}                   | a:??*               | true
            config                  | config              | true
            config                  | conf                | false
            config                  | conf*               | true
            config                  | c[a-o]nfig          | true
            config                  | c[^o]nfig           | false
            config                  | co[nope             | false
            config                  | co[n                | false
            x                       | [{id}]              | true
            a.B.f(String):{0}       | a.B.f(String):*     | true
            """)
    void patternMatchesKey_onlyWhenSomeRenderingOfBothIsTheSameString(String key, String pattern, boolean expected) {
        KeyTemplate keyTemplate = KeyTemplate.parse(key, TemplateKind.KEY);
        KeyTemplate patternTemplate = KeyTemplate.parse(pattern, TemplateKind.PATTERN);
        assertThat(patternTemplate.problems()).isEmpty();

        assertThat(GlobOverlap.mayOverlap(keyTemplate, patternTemplate)).isEqualTo(expected);
    }
}
