package io.redweave.examples.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.SessionNotFoundException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The desk, built and intercepted by Guice, against a real Redis. */
@RedisTest
class TicketDeskTest {
    private final RedisServer server;
    private RedWeave redweave;
    private TicketDesk desk;

    TicketDeskTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void createInjector() {
        server.flushAll();
        // region guice-injector
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        Injector injector = Guice.createInjector(new RedWeaveModule(redweave));
        TicketDesk desk = injector.getInstance(TicketDesk.class);
        // endregion guice-injector
        this.desk = desk;
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void event_secondLookup_comesFromTheCache() {
        assertThat(desk.event("gala")).isEqualTo("Event gala");
        assertThat(desk.event("gala")).isEqualTo("Event gala");

        assertThat(desk.lookups()).isEqualTo(1);
        assertThat(redweave.client().exists("cache:event:gala")).isTrue();
    }

    @Test
    void buy_withASession_runsAsTheSessionsUser() {
        redweave.sessions().createSession("s-1", "ada");

        assertThat(desk.buy("s-1", "gala")).isEqualTo("ada bought a ticket for Event gala");
    }

    @Test
    void buy_withoutASession_isRefusedBeforeTheMethodRuns() {
        assertThatThrownBy(() -> desk.buy("no-such-session", "gala"))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(desk.lookups()).isZero();
    }

    @Test
    void buy_secondPurchaseInAMinute_isRateLimited() {
        redweave.sessions().createSession("s-2", "grace");
        desk.buy("s-2", "gala");

        assertThatThrownBy(() -> desk.buy("s-2", "opera"))
                .isInstanceOfSatisfying(RateLimitExceededException.class,
                        denied -> assertThat(denied.retryAfter()).isPositive());
    }

    @Test
    void event_redisDown_failsOpen() {
        server.stop();

        assertThat(desk.event("gala")).isEqualTo("Event gala");
        assertThat(desk.event("gala")).isEqualTo("Event gala");
        assertThat(desk.lookups()).isEqualTo(2);
    }
}
