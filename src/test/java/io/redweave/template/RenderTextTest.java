package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderTextTest {

    record Request(String session) {
    }

    private static BoundTemplate bind(String text, List<String> names, List<Class<?>> types) {
        return KeyTemplate.parse(text, TemplateKind.KEY).bind(names, types).bound();
    }

    @Test
    void renderText_keepsValuesAsTheyAre_whileRenderEncodesThem() {
        BoundTemplate template = bind("{sessionId}", List.of("sessionId"), List.of(String.class));
        assertThat(template.renderText("abc:1*")).isEqualTo("abc:1*");
        assertThat(template.render("abc:1*")).isEqualTo("abc%3A1%2A");
    }

    @Test
    void renderText_resolvesPropertyPaths_andKeepsLiteralText() {
        BoundTemplate template = bind("web-{request.session}", List.of("request"), List.of(Request.class));
        assertThat(template.renderText(new Request("s 1"))).isEqualTo("web-s 1");
    }

    @Test
    void renderText_ofNull_failsNamingThePlaceholder() {
        BoundTemplate template = bind("{sessionId}", List.of("sessionId"), List.of(String.class));
        assertThatThrownBy(() -> template.renderText((Object) null))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("sessionId").hasMessageContaining("null");
    }
}
