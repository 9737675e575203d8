package io.redweave.weave.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RateLimitExceededException;
import io.redweave.SessionNotFoundException;
import io.redweave.session.CreateSessionRequest;
import io.redweave.session.SessionContext;
import io.redweave.weave.contract.services.LimitedService;
import io.redweave.weave.contract.services.LimitedServiceImpl;
import io.redweave.weave.contract.services.ScopedAccount;
import io.redweave.weave.contract.services.SessionService;
import io.redweave.weave.contract.services.SessionServiceImpl;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions (required, missing, expired, touched, on a type) and the order of stacked annotations: outermost
 * {@code @SessionScoped}, then {@code @RateLimited}, {@code @Cached}, the method, {@code @InvalidateCache}.
 */
public abstract class SessionAndOrderContract extends InvalidationAndLimitContract {

    private SessionService sessionService() throws Exception {
        return service(SessionServiceImpl.class, SessionService.class);
    }

    private static String sessionKey(String sessionId) {
        return redweave().keys().session(sessionId);
    }

    @Test
    public void sessionScoped_liveSession_isTheSessionContextDuringTheCallOnly() throws Exception {
        SessionService service = sessionService();
        redweave().sessions().createSession("s-1", "u-7");

        assertThat(service.whoAmI("s-1")).isEqualTo("u-7");

        assertThat(SessionContext.find()).isEmpty();
    }

    @Test
    public void sessionScoped_missingSession_throwsSessionNotFound() throws Exception {
        SessionService service = sessionService();

        assertThatThrownBy(() -> service.whoAmI("nobody"))
                .isExactlyInstanceOf(SessionNotFoundException.class)
                .satisfies(e -> assertThat(((SessionNotFoundException) e).sessionId()).isEqualTo("nobody"));
        assertThat(SessionContext.find()).isEmpty();
    }

    @Test
    public void sessionScoped_expiredSession_throwsSessionNotFound() throws Exception {
        SessionService service = sessionService();
        redweave().sessions().createSession("s-2", "u-8", CreateSessionRequest.empty(), Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(5)).until(() -> !redis().exists(sessionKey("s-2")));

        assertThatThrownBy(() -> service.whoAmI("s-2")).isExactlyInstanceOf(SessionNotFoundException.class);
    }

    @Test
    public void sessionScoped_touch_slidesTheSessionsExpiryBack() throws Exception {
        SessionService service = sessionService();
        redweave().sessions().createSession("s-3", "u-9", CreateSessionRequest.empty(), Duration.ofSeconds(60));
        redis().pexpire(sessionKey("s-3"), 5_000);

        assertThat(service.whoAmI("s-3")).isEqualTo("u-9");

        assertThat(redis().pttl(sessionKey("s-3"))).isGreaterThan(50_000);
    }

    @Test
    public void sessionScoped_touchFalse_leavesTheExpiryAlone() throws Exception {
        SessionService service = sessionService();
        redweave().sessions().createSession("s-4", "u-10", CreateSessionRequest.empty(), Duration.ofSeconds(60));
        redis().pexpire(sessionKey("s-4"), 5_000);

        assertThat(service.peek("s-4")).isEqualTo("u-10");

        assertThat(redis().pttl(sessionKey("s-4"))).isBetween(1L, 5_000L);
    }

    @Test
    public void sessionScoped_onAType_requiresTheSessionForEveryPublicMethod() throws Exception {
        ScopedAccount account = weave(ScopedAccount.class);
        redweave().sessions().createSession("s-5", "u-11", "venue-3", Map.of());

        assertThat(account.owner("s-5")).isEqualTo("u-11");
        assertThat(account.venue("s-5")).isEqualTo("venue-3");
        assertThatThrownBy(() -> account.owner("gone")).isExactlyInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> account.venue("gone")).isExactlyInstanceOf(SessionNotFoundException.class);
    }

    @Test
    public void stacked_rateLimitedAndCached_aCacheHitStillTakesAPermit() throws Exception {
        LimitedService limited = service(LimitedServiceImpl.class, LimitedService.class);

        assertThat(limited.limitedUser("1")).isEqualTo(limited.limitedUser("1"));
        assertThat(limited.loads()).isEqualTo(1);

        assertThatThrownBy(() -> limited.limitedUser("1")).isExactlyInstanceOf(RateLimitExceededException.class);
        assertThat(limited.loads()).isEqualTo(1);
    }

    @Test
    public void stacked_sessionScopedAndRateLimited_aMissingSessionFailsBeforeTheLimiterCounts() throws Exception {
        SessionService service = sessionService();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> service.limitedWhoAmI("s-6")).isExactlyInstanceOf(SessionNotFoundException.class);
        }
        assertThat(redweave().scanner().scanKeys("*session-calls*", 100)).isEmpty();

        redweave().sessions().createSession("s-6", "u-12");
        assertThat(service.limitedWhoAmI("s-6")).isEqualTo("u-12");
        assertThatThrownBy(() -> service.limitedWhoAmI("s-6")).isExactlyInstanceOf(RateLimitExceededException.class);
    }
}
