package io.redweave.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisMode;
import io.redweave.key.KeyBuilder;
import io.redweave.key.KeyPrefix;
import io.redweave.key.KeyTemplates;
import io.redweave.session.SessionConfig;
import io.redweave.session.SessionManager;
import io.redweave.template.BindResult;
import io.redweave.template.BoundTemplate;
import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/configuration.md}, {@code docs/key-templates.md} and the opening example of
 * {@code docs/sessions.md}, run (the ones that need Redis against a real one).
 */
@RedisTest
class GuideExamplesTest {

    @Test
    void configurationBuilder() {
        // example: config-builder
        RedisConfig config = RedisConfig.builder()
            .url("rediss://app:secret@cache.internal:6380/0")   // or host(...).port(...).password(...)
            .timeout(Duration.ofMillis(500))
            .poolSize(32)
            .poolMaxWait(Duration.ofMillis(200))
            .build();
        // end
        assertThat(config.mode()).isEqualTo(RedisMode.STANDALONE);
        assertThat(config.tls()).isTrue();
        assertThat(config.username()).isEqualTo("app");
        assertThat(config.port()).isEqualTo(6380);
        assertThat(config.poolMaxWait()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void keyTemplates() throws NoSuchMethodException {
        Method method = Orders.class.getMethod("orders", User.class);
        User user = new User("42");
        Object[] args = {user};

        // example: key-templates-api
        KeyTemplate template = KeyTemplate.parse("user:{user.id}:orders", TemplateKind.KEY);
        BindResult result = template.bind(method);           // once per method; never throws on a bad template
        result.problems();                                    // every TemplateProblem, with ID, offsets, message, hint
        BoundTemplate key = result.bound();                   // when result.isBound()
        key.render(user);                                     // per call: "user:42:orders"

        // The same through RedWeave's exceptions (package io.redweave.key):
        BoundTemplate bound = KeyTemplates.bind("user:{user.id}:orders", TemplateKind.KEY, method);
                                                              // InvalidKeyTemplateException listing every problem
        KeyTemplates.render(bound, args);                     // InvalidKeyTemplateException (cause chained) on failure

        KeyBuilder keys = KeyBuilder.withNamespace("ticketing");
        keys.rateLimitIp("::1");                              // "ticketing:rl:ip:%3A%3A1"
        // end
        assertThat(result.isBound()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(key.render(user)).isEqualTo("user:42:orders");
        assertThat(KeyTemplates.render(bound, args)).isEqualTo("user:42:orders");
        assertThat(keys.rateLimitIp("::1")).isEqualTo("ticketing:rl:ip:%3A%3A1");
    }

    @Test
    void keyBuilders() {
        // example: key-builder-create
        KeyBuilder plain = KeyBuilder.create();                          // seed prefixes, no namespace
        KeyBuilder namespaced = KeyBuilder.withNamespace("ticketing");   // "ticketing:" before every key and pattern
        KeyBuilder custom = KeyBuilder.builder()
                .namespace("ticketing")
                .prefix(KeyPrefix.SESSION, "sess:")                      // merged with the defaults
                .maxPartBytes(128)
                .build();
        // end
        assertThat(plain.session("s1")).isEqualTo("session:s1");
        assertThat(namespaced.session("s1")).isEqualTo("ticketing:session:s1");
        assertThat(custom.session("s1")).isEqualTo("ticketing:sess:s1");
        assertThat(custom.cacheEvent("7")).isEqualTo("ticketing:cache:event:7");
    }

    @Test
    void sessionsOpener(RedisServer server) {
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build()) {
            // example: sessions-opener
            SessionManager sessions = redweave.sessions(SessionConfig.defaults());   // 30 min, 5 per user, REJECT
            // end
            assertThat(sessions.config()).isEqualTo(SessionConfig.defaults());
            assertThat(sessions.createSession("s-1", "42").success()).isTrue();
        }
    }

    /** A user, whose {@code id} a template reads. */
    public record User(String id) {
    }

    /** A class with a method to bind templates to. */
    public static final class Orders {
        /** The orders of a user. */
        public List<String> orders(User user) {
            return List.of(user.id());
        }
    }
}
