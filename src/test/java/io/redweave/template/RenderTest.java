package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.template.corpus.Address;
import io.redweave.template.corpus.Customer;
import io.redweave.template.corpus.Order;
import io.redweave.template.corpus.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderTest {

    /** Binds a KEY template to parameters named p0, p1, … (as many as the template's positions need). */
    private static BoundTemplate bound(String text, String... names) {
        return KeyTemplate.parse(text, TemplateKind.KEY).bind(Arrays.asList(names), names.length).bound();
    }

    private static String render(String text, Object value) {
        return bound(text, "v").render(value);
    }

    @Test
    void render_plainString_isWrittenAsIs() {
        assertThat(render("user:{v}", "42")).isEqualTo("user:42");
        assertThat(render("user:{v}", "Zoë-ünï.x_y@z")).isEqualTo("user:Zoë-ünï.x_y@z");
    }

    @Test
    void render_globArgument_isEncoded() {
        assertThat(render("user:{v}", "*")).isEqualTo("user:%2A");
        assertThat(render("user:{v}", "?")).isEqualTo("user:%3F");
        assertThat(render("user:{v}", "[a]")).isEqualTo("user:%5Ba%5D");
        assertThat(render("user:{v}", "\\")).isEqualTo("user:%5C");
    }

    @Test
    void render_hashTagInArgument_isEncodedSoItCannotChooseTheSlot() {
        assertThat(render("user:{v}", "{tag}")).isEqualTo("user:%7Btag%7D");
    }

    @Test
    void render_separatorInArgument_cannotCollide() {
        BoundTemplate template = bound("{a}:{b}", "a", "b");

        String first = template.render("a:b", "c");
        String second = template.render("a", "b:c");

        assertThat(first).isEqualTo("a%3Ab:c");
        assertThat(second).isEqualTo("a:b%3Ac");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void render_controlCharactersAndPercent_areEncodedAsUtf8Bytes() {
        assertThat(render("k:{v}", "a\r\nb")).isEqualTo("k:a%0D%0Ab");
        assertThat(render("k:{v}", "nul\0")).isEqualTo("k:nul%00");
        assertThat(render("k:{v}", "100%")).isEqualTo("k:100%25");
        assertThat(render("k:{v}", "a b\tc")).isEqualTo("k:a%20b%09c");
        assertThat(render("k:{v}", "\u00A0\u2028")).isEqualTo("k:%C2%A0%E2%80%A8");
    }

    @Test
    void render_oneMegabyteValue_isABoundedDeterministicDigest() {
        BoundTemplate template = bound("user:{v}:x", "v");
        String big = "*".repeat(1 << 20);
        String otherBig = "*".repeat((1 << 20) - 1) + "?";

        String key = template.render(big);

        assertThat(key).matches("user:%sha256-[0-9a-f]{64}:x");
        assertThat(key.length()).isLessThanOrEqualTo("user::x".length() + KeyEncoder.DEFAULT_MAX_PART_BYTES);
        assertThat(template.render(big)).isEqualTo(key);
        assertThat(template.render(otherBig)).isNotEqualTo(key);
    }

    @Test
    void render_null_isTheNullTokenDistinctFromEveryString() {
        BoundTemplate template = bound("user:{v}", "v");

        assertThat(template.render((Object) null)).isEqualTo("user:%null");
        assertThat(template.render("%null")).isEqualTo("user:%25null");
        assertThat(template.render("null")).isEqualTo("user:null");
        assertThat(template.render("")).isEqualTo("user:");
    }

    @Test
    void render_nullOnThePropertyPath_isTheNullToken() {
        BoundTemplate template = bound("o:{o.customer.address.city}", "o");

        assertThat(template.render(new Order(1, null, false))).isEqualTo("o:%null");
        assertThat(template.render(new Order(1, new Customer("c", null), false))).isEqualTo("o:%null");
    }

    @Test
    void render_valueTypes_useTheirStableText() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        Instant at = Instant.parse("2024-05-06T07:08:09.123Z");

        assertThat(render("k:{v}", Status.ACTIVE)).isEqualTo("k:ACTIVE");
        assertThat(render("k:{v}", TimeUnit.SECONDS)).isEqualTo("k:SECONDS");
        assertThat(render("k:{v}", id)).isEqualTo("k:123e4567-e89b-12d3-a456-426614174000");
        assertThat(render("k:{v}", at)).isEqualTo("k:2024-05-06T07%3A08%3A09.123Z");
        assertThat(render("k:{v}", LocalDate.of(2024, 5, 6))).isEqualTo("k:2024-05-06");
        assertThat(render("k:{v}", Duration.ofSeconds(90))).isEqualTo("k:PT1M30S");
        assertThat(render("k:{v}", new BigDecimal("12.50"))).isEqualTo("k:12.50");
        assertThat(render("k:{v}", new BigInteger("123456789012345678901234567890")))
                .isEqualTo("k:123456789012345678901234567890");
        assertThat(render("k:{v}", 42)).isEqualTo("k:42");
        assertThat(render("k:{v}", -7L)).isEqualTo("k:-7");
        assertThat(render("k:{v}", 1.5d)).isEqualTo("k:1.5");
        assertThat(render("k:{v}", true)).isEqualTo("k:true");
        assertThat(render("k:{v}", 'x')).isEqualTo("k:x");
    }

    @Test
    void render_enumWithConstantBody_usesName() {
        assertThat(render("k:{v}", Shape.ROUND)).isEqualTo("k:ROUND");
    }

    @Test
    void render_propertyPaths_throughGettersRecordsAndPublicFields() {
        Order order = new Order(7, new Customer("c-1", new Address("Saint Malo")), true);
        BoundTemplate template = bound("{o.customer.id}:{o.customer.address.city}:{o.number}:{o.paid}:{0.customer.id}", "o");

        assertThat(template.render(order)).isEqualTo("c-1:Saint%20Malo:7:true:c-1");
    }

    @Test
    void render_nonPublicClasses_areReadThroughTheirAccessors() {
        assertThat(render("k:{v.id}", new Hidden("h1"))).isEqualTo("k:h1");
        assertThat(render("k:{v.id}", new PrivateRecord("r1"))).isEqualTo("k:r1");
        assertThat(render("k:{v.id}", (Identified) () -> "lambda")).isEqualTo("k:lambda");
    }

    @Test
    void render_polymorphicValues_areReadFromEachRuntimeClass() {
        BoundTemplate template = bound("k:{v.id}", "v");

        for (int round = 0; round < 3; round++) {
            assertThat(template.render(new Hidden("h"))).isEqualTo("k:h");
            assertThat(template.render(new PrivateRecord("r"))).isEqualTo("k:r");
            assertThat(template.render(new Customer("c", null))).isEqualTo("k:c");
        }
    }

    @Test
    void render_missingPropertyAtRunTime_namesTemplatePathAndClass() {
        assertThatThrownBy(() -> render("k:{v.id}", 42))
                .isInstanceOf(TemplateRenderException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k:{v.id}").hasMessageContaining("'id'")
                .hasMessageContaining("java.lang.Integer").hasMessageContaining("getId()");
    }

    @Test
    void render_getterThatThrows_isWrappedWithTheTemplateAndCause() {
        assertThatThrownBy(() -> render("k:{v.id}", new Failing()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("k:{v.id}").hasMessageContaining(Failing.class.getTypeName())
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void render_arrayValue_isRejected() {
        assertThatThrownBy(() -> render("k:{v}", new int[] {1}))
                .isInstanceOf(TemplateRenderException.class).hasMessageContaining("array").hasMessageContaining("{v}");
    }

    @Test
    void render_wrongArgumentCount_isRejected() {
        assertThatThrownBy(() -> bound("{a}:{b}", "a", "b").render("only one"))
                .isInstanceOf(TemplateRenderException.class).hasMessageContaining("2 parameters");
    }

    @Test
    void render_literalBraces_areUndoubled() {
        assertThat(bound("{{{t}}}:user:{id}", "t", "id").render("acme", "7")).isEqualTo("{acme}:user:7");
        assertThat(bound("{{{t}}}:user:{id}", "t", "id").render("{x}", "7")).isEqualTo("{%7Bx%7D}:user:7");
    }

    @Test
    void render_noPlaceholders_isTheLiteral() {
        assertThat(KeyTemplate.parse("config", TemplateKind.KEY).bind(List.of(), 0).bound().render()).isEqualTo("config");
    }

    @Test
    void render_sameArguments_isDeterministicAcrossThreads() throws InterruptedException {
        BoundTemplate template = bound("o:{o.customer.id}", "o");
        Order order = new Order(1, new Customer("c:1", null), false);
        Thread[] threads = new Thread[8];
        String[] results = new String[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int slot = i;
            threads[i] = new Thread(() -> results[slot] = template.render(order));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).containsOnly("o:c%3A1");
    }

    enum Shape {
        ROUND {
            @Override
            public String toString() {
                return "round!";
            }
        }
    }

    /** A public interface implemented by lambdas, whose classes are hidden. */
    public interface Identified {
        String getId();
    }

    private static final class Hidden {
        private final String id;

        Hidden(String id) {
            this.id = id;
        }

        @SuppressWarnings("unused")
        public String getId() {
            return id;
        }
    }

    private record PrivateRecord(String id) {
    }

    private static final class Failing {
        @SuppressWarnings("unused")
        public String getId() {
            throw new IllegalStateException("boom");
        }
    }
}
