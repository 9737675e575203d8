package io.redweave.weave.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.weave.contract.services.LimitedService;
import io.redweave.weave.contract.services.LimitedServiceImpl;
import io.redweave.weave.contract.services.UserService;
import io.redweave.weave.contract.services.UserServiceImpl;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Invalidation (exact key, pattern, hostile arguments, before and after the method) and rate limits. */
public abstract class InvalidationAndLimitContract extends CachingContract {

    private UserService usersWithEntries(String... ids) throws Exception {
        UserService users = service(UserServiceImpl.class, UserService.class);
        for (String id : ids) {
            users.user(id);
            assertThat(redis().exists("cache:user:" + id)).isTrue();
        }
        return users;
    }

    @Test
    public void invalidateCache_exactKey_deletesOnlyThatEntry_withoutScanning() throws Exception {
        UserService users = usersWithEntries("42", "420", "43");
        long scansBefore = commandCalls("scan");

        users.rename("42", "Ada");

        assertThat(redis().exists("cache:user:42")).isFalse();
        assertThat(redis().exists("cache:user:420")).isTrue();
        assertThat(redis().exists("cache:user:43")).isTrue();
        assertThat(commandCalls("scan")).isEqualTo(scansBefore);
        assertThat(users.user("42").name()).isEqualTo("user 42 #5");
    }

    @Test
    public void invalidateCache_pattern_deletesEveryMatchingEntry() throws Exception {
        UserService users = usersWithEntries("41", "42", "5");

        users.evictPrefix("4");

        assertThat(redis().exists("cache:user:41")).isFalse();
        assertThat(redis().exists("cache:user:42")).isFalse();
        assertThat(redis().exists("cache:user:5")).isTrue();
    }

    @Test
    public void invalidateCache_hostileArgument_cannotWidenThePattern() throws Exception {
        UserService users = usersWithEntries("41", "42", "5");

        users.evictPrefix("*");
        users.evictPrefix("?");
        users.evictPrefix("[0-9]");
        users.evictPrefix("\\");

        assertThat(redis().exists("cache:user:41")).isTrue();
        assertThat(redis().exists("cache:user:42")).isTrue();
        assertThat(redis().exists("cache:user:5")).isTrue();
        assertThat(users.loads()).isEqualTo(3 + 4);
    }

    @Test
    public void invalidateCache_afterTheMethod_theMethodStillSeesTheEntry() throws Exception {
        UserService users = usersWithEntries("42");

        assertThat(users.renameSeeingEntry("42")).isTrue();

        assertThat(redis().exists("cache:user:42")).isFalse();
    }

    @Test
    public void invalidateCache_beforeInvocation_theMethodNoLongerSeesTheEntry() throws Exception {
        UserService users = usersWithEntries("42");

        assertThat(users.renameBeforeSeeingEntry("42")).isFalse();

        assertThat(redis().exists("cache:user:42")).isFalse();
    }

    @Test
    public void invalidateCache_methodThatThrows_invalidatesNothing() throws Exception {
        UserService users = usersWithEntries("42");

        assertThatThrownBy(() -> users.renameOrFail("42")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("rename of 42 refused");

        assertThat(redis().exists("cache:user:42")).isTrue();
    }

    @Test
    public void rateLimited_tripsAfterTheLimit_withItsRetryAfter() throws Exception {
        LimitedService limited = service(LimitedServiceImpl.class, LimitedService.class);

        assertThat(limited.call("alice")).isEqualTo("hello alice");
        assertThat(limited.call("alice")).isEqualTo("hello alice");
        assertThatThrownBy(() -> limited.call("alice"))
                .isExactlyInstanceOf(RateLimitExceededException.class)
                .satisfies(e -> {
                    RateLimitExceededException exceeded = (RateLimitExceededException) e;
                    assertThat(exceeded.limit()).isEqualTo(2);
                    assertThat(exceeded.key()).contains("api:alice");
                    assertThat(exceeded.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
                });

        assertThat(limited.loads()).isEqualTo(2);
        assertThat(limited.call("bob")).isEqualTo("hello bob");
    }

    /** How many times Redis ran {@code command} since it started (INFO commandstats). */
    private static long commandCalls(String command) {
        Matcher calls = Pattern.compile("cmdstat_" + command + ":calls=(\\d+)").matcher(redis().info("commandstats"));
        return calls.find() ? Long.parseLong(calls.group(1)) : 0;
    }
}
