package io.redweave.docs.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConnectionException;
import io.redweave.SessionNotFoundException;
import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;
import io.redweave.session.SessionData;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/annotations/session-scoped.md}, and the behaviour the page describes. */
@RedisTest
class SessionScopedExamplesTest {
    private RedWeave redweave;

    @BeforeEach
    void connect(RedisServer server) {
        redweave = Woven.redweave(server);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void aLiveSession_isLoadedTouchedAndBound_aMissingOneIsRefused() throws Exception {
        String answer = null;
        // example: session-scoped-usage
        redweave.sessions().createSession("s-42", "alice");          // at login
        CartService carts = redweave.enhance(CartService.class).getConstructor().newInstance();
        carts.add("s-42", "2 x Opening night");                       // s-42 is loaded, touched and bound
        try {
            carts.cart("s-unknown");
        } catch (SessionNotFoundException e) {
            answer = "401 " + e.getMessage();   // Session 's-unknown' does not exist or has expired; sign in again ...
        }
        // end
        assertThat(answer).isEqualTo("401 Session 's-unknown' does not exist or has expired; sign in again to get a"
                + " new session");
        assertThat(carts.cart("s-42")).containsExactly("2 x Opening night");
        assertThat(carts.checkout(new CheckoutRequest("s-42", "tok"))).isEqualTo("alice pays [2 x Opening night]");
        assertThat(carts.help()).startsWith("Add tickets");
        assertThat(SessionContext.find()).as("bound for the call only").isEmpty();
    }

    @Test
    void touch_slidesTheExpiry_unlessTouchIsFalse() {
        redweave.sessions().createSession("s-1", "alice");
        CartService carts = Woven.woven(redweave, CartService.class);
        redweave.client().pexpire("session:s-1", 60_000);

        carts.count("s-1");
        assertThat(redweave.client().pttl("session:s-1")).isLessThanOrEqualTo(60_000);

        carts.cart("s-1");
        assertThat(redweave.client().pttl("session:s-1")).isGreaterThan(Duration.ofMinutes(29).toMillis());
        SessionData session = redweave.sessions().getSession("s-1").orElseThrow();
        assertThat(session.lastActivity()).isAfter(session.startTime());
    }

    @Test
    void redisDown_failClosedThrows_failOpenRunsWithoutASession(RedisServer server) {
        redweave.sessions().createSession("s-1", "alice");
        CartService carts = Woven.woven(redweave, CartService.class);
        Lenient lenient = Woven.woven(redweave, Lenient.class);
        server.stop();

        assertThatThrownBy(() -> carts.cart("s-1")).isInstanceOf(RedisConnectionException.class);
        assertThat(lenient.whoIsThere("s-1")).isEqualTo("nobody");
    }

    /** A session that is welcome but not required. */
    public static class Lenient {
        /** The session's user, or "nobody" when Redis cannot say. */
        @SessionScoped(id = "{sessionId}", onFailure = FailurePolicy.FAIL_OPEN)
        public String whoIsThere(String sessionId) {
            return SessionContext.find().map(SessionData::userId).orElse("nobody");
        }
    }
}
