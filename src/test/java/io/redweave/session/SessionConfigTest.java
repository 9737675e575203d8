package io.redweave.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration and value types of the session manager, without Redis. */
class SessionConfigTest {

    @Test
    void defaults_areThirtyMinutesFiveSessionsAndReject() {
        SessionConfig config = SessionConfig.defaults();
        assertThat(config.ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.maxSessionsPerUser()).isEqualTo(5);
        assertThat(config.policy()).isEqualTo(SessionPolicy.REJECT);
        assertThat(config.maxEventsPerSession()).isEqualTo(100);
        assertThat(config.isUnlimited()).isFalse();
    }

    @Test
    void seedDefect23_zeroSessionsIsAnError_notSilentlyFive() {
        assertThatThrownBy(() -> SessionConfig.builder().maxSessionsPerUser(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSessionsPerUser 0 is invalid: it must be at least 1")
                .hasMessageContaining("unlimitedSessions()");
        assertThatThrownBy(() -> SessionConfig.builder().maxSessionsPerUser(-3).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSessionsPerUser -3");
    }

    @Test
    void seedDefect23_unlimitedIsSaidExplicitly() {
        SessionConfig config = SessionConfig.builder().unlimitedSessions().build();
        assertThat(config.isUnlimited()).isTrue();
        assertThat(config.maxSessionsPerUser()).isEqualTo(SessionConfig.UNLIMITED);
    }

    @Test
    void seedDefect23_zeroOrNegativeTtlIsAnError_notSilentlyThirtyMinutes() {
        assertThatThrownBy(() -> SessionConfig.builder().ttl(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ttl PT0S is invalid: it must be at least 1 ms");
        assertThatThrownBy(() -> SessionConfig.builder().ttl(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl PT-1S is invalid");
        assertThatThrownBy(() -> SessionConfig.builder().ttl(Duration.ofNanos(10)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 ms");
        assertThatThrownBy(() -> SessionConfig.builder().ttl(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl null is invalid");
        assertThatThrownBy(() -> SessionConfig.builder().ttl(Duration.ofDays(400)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 365 days");
    }

    @Test
    void otherSettings_areValidated() {
        assertThatThrownBy(() -> SessionConfig.builder().policy(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("policy must not be null");
        assertThatThrownBy(() -> SessionConfig.builder().maxEventsPerSession(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEventsPerSession 0 is invalid");
    }

    @Test
    void sessionUpdate_fromMap_readsTheCallersMapOnly_andSortsFieldsFromAttributes() {
        Map<String, Object> changes = new HashMap<>(Map.of("venueId", "v", "pageViews", 4, "metadata",
                Map.of("k", 1), "cart", 3, "since", Duration.ofSeconds(5)));
        changes.put("coupon", null);
        Map<String, Object> copy = new HashMap<>(changes);

        SessionUpdate update = SessionUpdate.fromMap(changes);

        assertThat(changes).isEqualTo(copy);
        assertThat(update.changesVenue()).isTrue();
        assertThat(update.venueId()).isEqualTo("v");
        assertThat(update.pageViews()).hasValue(4);
        assertThat(update.metadata()).contains(Map.of("k", 1));
        assertThat(update.attributes()).isEqualTo(Map.of("cart", "3", "since", "PT5S"));
        assertThat(update.removedAttributes()).containsExactly("coupon");
    }

    @Test
    void sessionUpdate_fromMap_rejectsIdentityFieldsAndStructuredAttributes() {
        for (String fixed : new String[] {"sessionId", "userId", "startTime", "lastActivity", "events"}) {
            assertThatThrownBy(() -> SessionUpdate.fromMap(Map.of(fixed, "x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + fixed + "' cannot");
        }
        assertThatThrownBy(() -> SessionUpdate.fromMap(Map.of("seats", java.util.List.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("put structured values");
        assertThatThrownBy(() -> SessionUpdate.fromMap(Map.of("pageViews", "7")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a Number");
        assertThat(SessionUpdate.builder().build().isEmpty()).isTrue();
    }

    @Test
    void createSessionRequest_copiesTheCallersMaps() {
        Map<String, Object> metadata = new HashMap<>(Map.of("a", 1));
        CreateSessionRequest request = CreateSessionRequest.of("v", metadata);
        metadata.put("b", 2);
        assertThat(request.metadata()).isEqualTo(Map.of("a", 1));
        assertThat(CreateSessionRequest.of(null, null).metadata()).isEmpty();
    }

    @Test
    void sessionData_typedAttributeRead_namesTheAttributeWhenConversionFails() {
        SessionData data = new SessionData("s", "u", null, java.time.Instant.EPOCH, java.time.Instant.EPOCH, 0,
                null, null, Map.of("cart", "three"));
        assertThat(data.attribute("missing", Integer::valueOf)).isEmpty();
        assertThatThrownBy(() -> data.attribute("cart", Integer::valueOf)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Attribute 'cart' of session 's' has the value 'three'");
    }
}
