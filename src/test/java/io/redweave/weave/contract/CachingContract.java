package io.redweave.weave.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.weave.contract.services.Customer;
import io.redweave.weave.contract.services.Order;
import io.redweave.weave.contract.services.ReportService;
import io.redweave.weave.contract.services.User;
import io.redweave.weave.contract.services.UserService;
import io.redweave.weave.contract.services.UserServiceImpl;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Caching scenarios: hit, miss and expiry; key rendering; generic, Optional and asynchronous results; nulls; errors. */
public abstract class CachingContract extends ContractSupport {

    private UserService users() throws Exception {
        return service(UserServiceImpl.class, UserService.class);
    }

    @Test
    public void cached_firstCallMisses_secondCallHitsWithoutRunningTheMethod() throws Exception {
        UserService users = users();

        User first = users.user("42");
        User second = users.user("42");

        assertThat(second).isEqualTo(first).isEqualTo(new User("42", "user 42 #1"));
        assertThat(users.loads()).isEqualTo(1);
        assertThat(redis().exists("cache:user:42")).isTrue();
        assertThat(redis().ttl("cache:user:42")).isBetween(1L, 60L);
        assertThat(users.user("43").name()).isEqualTo("user 43 #2");
    }

    @Test
    public void cached_shortTtlInMilliseconds_expiresAndTheNextCallRunsTheMethodAgain() throws Exception {
        ReportService reports = weave(ReportService.class);

        String first = reports.shortLived("r1");
        assertThat(reports.shortLived("r1")).isEqualTo(first);
        assertThat(redis().pttl("cache:report:r1")).isBetween(1L, 300L);

        await().atMost(Duration.ofSeconds(5)).until(() -> !redis().exists("cache:report:r1"));
        assertThat(reports.shortLived("r1")).isEqualTo("report r1 #2");
        assertThat(reports.runs()).isEqualTo(2);
    }

    @Test
    public void cached_keyWithPropertyPath_rendersTheNestedValue() throws Exception {
        UserService users = users();
        Order first = new Order("o-1", new Customer("c-7", "Ada"));
        Order second = new Order("o-2", new Customer("c-7", "Ada (renamed)"));

        assertThat(users.customerName(first)).isEqualTo("Ada");
        assertThat(users.customerName(second)).isEqualTo("Ada");

        assertThat(redis().exists("cache:customer:c-7")).isTrue();
        assertThat(users.loads()).isEqualTo(1);
    }

    @Test
    public void cached_withoutKey_usesTheServiceClassNameAndArguments() throws Exception {
        ReportService reports = weave(ReportService.class);

        assertThat(reports.byDefaultKey("annual", 2)).isEqualTo(reports.byDefaultKey("annual", 2));

        List<String> keys = redweave().scanner().scanKeys("cache:*byDefaultKey*", 100);
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0)).startsWith("cache:" + ReportService.class.getName() + ".byDefaultKey")
                .endsWith(":annual:2").doesNotContain("$");
        assertThat(reports.runs()).isEqualTo(1);
    }

    @Test
    public void cached_genericList_isDecodedToItsElementType() throws Exception {
        UserService users = users();

        List<User> first = users.team("blue");
        List<User> second = users.team("blue");

        assertThat(second).isEqualTo(first).hasSize(2);
        assertThat(second.get(0)).isInstanceOf(User.class).isEqualTo(new User("blue-1", "first"));
        assertThat(users.loads()).isEqualTo(1);
    }

    @Test
    public void cached_genericMap_isDecodedToItsValueType() throws Exception {
        UserService users = users();

        Map<String, User> first = users.teamById("red");
        Map<String, User> second = users.teamById("red");

        assertThat(second).isEqualTo(first).containsOnlyKeys("red-1", "red-2");
        assertThat(second.get("red-2")).isInstanceOf(User.class).isEqualTo(new User("red-2", "second"));
        assertThat(users.loads()).isEqualTo(1);
    }

    @Test
    public void cached_optional_cachesTheValue_andNeverCachesEmptinessWithoutCacheNulls() throws Exception {
        UserService users = users();

        assertThat(users.find("7")).contains(new User("7", "found 7"));
        assertThat(users.find("7")).contains(new User("7", "found 7"));
        assertThat(users.loads()).isEqualTo(1);

        assertThat(users.find("ghost")).isEqualTo(Optional.empty());
        assertThat(users.find("ghost")).isEqualTo(Optional.empty());
        assertThat(users.loads()).isEqualTo(3);
        assertThat(redis().exists("cache:maybe:ghost")).isFalse();
    }

    @Test
    public void cached_completableFuture_cachesTheCompletedValue_andAHitIsACompletedFuture() throws Exception {
        UserService users = users();

        User loaded = users.userAsync("9").join();
        await().atMost(Duration.ofSeconds(5)).until(() -> redis().exists("cache:async:9"));
        CompletableFuture<User> hit = users.userAsync("9");

        assertThat(hit).isCompleted();
        assertThat(hit.join()).isEqualTo(loaded).isEqualTo(new User("9", "async 9 #1"));
        assertThat(users.loads()).isEqualTo(1);
    }

    @Test
    public void cached_nullResult_isNotCachedWhenCacheNullsIsOff() throws Exception {
        ReportService reports = weave(ReportService.class);

        assertThat(reports.nullable("n")).isNull();
        assertThat(reports.nullable("n")).isNull();

        assertThat(reports.runs()).isEqualTo(2);
        assertThat(redis().exists("cache:nullable:n")).isFalse();
    }

    @Test
    public void cached_nullResult_isCachedWhenCacheNullsIsOn() throws Exception {
        ReportService reports = weave(ReportService.class);

        assertThat(reports.nullCached("n")).isNull();
        assertThat(reports.nullCached("n")).isNull();

        assertThat(reports.runs()).isEqualTo(1);
        assertThat(redis().exists("cache:null-cached:n")).isTrue();
    }

    @Test
    public void cached_methodThatThrows_reachesTheCallerUnchanged_andIsNeverCached() throws Exception {
        ReportService reports = weave(ReportService.class);

        assertThatThrownBy(() -> reports.failing("f")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("report f failed on run 1");
        assertThatThrownBy(() -> reports.failing("f")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("report f failed on run 2");
        assertThat(redis().exists("cache:failing:f")).isFalse();
    }

    @Test
    public void cached_checkedException_reachesTheCallerUnwrapped_andIsNeverCached() throws Exception {
        UserService users = users();

        assertThatThrownBy(() -> users.load("bad-1")).isExactlyInstanceOf(IOException.class)
                .hasMessage("store unreadable for bad-1");
        assertThatThrownBy(() -> users.load("bad-1")).isExactlyInstanceOf(IOException.class);
        assertThat(users.loads()).isEqualTo(2);
        assertThat(redis().exists("cache:stored:bad-1")).isFalse();
        assertThat(users.load("good")).isEqualTo(users.load("good"));
        assertThat(users.loads()).isEqualTo(3);
    }
}
