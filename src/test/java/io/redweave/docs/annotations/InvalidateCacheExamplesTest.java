package io.redweave.docs.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.annotation.InvalidateCache;
import io.redweave.cache.CacheManager;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/annotations/invalidate-cache.md}, and the behaviour the page describes. */
@RedisTest
class InvalidateCacheExamplesTest {
    private RedWeave redweave;
    private CacheManager cache;
    private ProductCatalog catalog;
    private ProductAdmin admin;

    @BeforeEach
    void connect(RedisServer server) {
        redweave = Woven.redweave(server);
        cache = redweave.cache();
        catalog = Woven.woven(redweave, ProductCatalog.class);
        admin = Woven.woven(redweave, ProductAdmin.class);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void anExactPattern_deletesOneKey_andTheNextReadLoadsAgain() {
        // example: invalidate-usage
        catalog.product("p-1");              // cached at cache:product:p-1
        admin.rename("p-1", "Atlas");        // the method runs, then cache:product:p-1 is deleted
        catalog.product("p-1");              // a miss: loaded again
        // end
        assertThat(catalog.loads()).isEqualTo(2);
    }

    @Test
    void aGlob_deletesEveryMatchingKey_andAnArgumentNeverWidensIt() {
        catalog.product("p-1");
        catalog.page("books", 1);
        catalog.page("books", 2);
        catalog.page("maps", 1);

        admin.move("*", "*");                // deletes cache:product:%2A and cache:products:%2A:* only
        assertThat(cache.keys("*")).containsExactlyInAnyOrder("product:p-1", "products:books:1",
                "products:books:2", "products:maps:1");

        admin.move("p-1", "books");
        assertThat(cache.keys("*")).containsExactly("products:maps:1");
    }

    @Test
    void beforeInvocation_deletesEvenWhenTheMethodThrows_afterInvocationDoesNot() {
        catalog.product("locked-1");
        assertThatThrownBy(() -> admin.delete("locked-1")).isInstanceOf(IllegalStateException.class);
        assertThat(cache.exists("product:locked-1")).isFalse();

        catalog.product("p-2");
        catalog.page("books", 1);
        ThrowingAdmin throwing = Woven.woven(redweave, ThrowingAdmin.class);
        assertThatThrownBy(() -> throwing.move("p-2", "books")).isInstanceOf(IllegalStateException.class);
        assertThat(cache.exists("product:p-2")).isTrue();
        assertThat(cache.exists("products:books:1")).isTrue();
    }

    @Test
    void aFailedInvalidation_isRetriedInTheBackground_untilRedisIsBack(RedisServer server) {
        server.stop();
        admin.rename("p-1", "Atlas");        // FAIL_OPEN: the method's result, and a retry queued
        assertThat(Woven.core(redweave).pendingInvalidations()).isEqualTo(1);

        server.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> Woven.core(redweave).pendingInvalidations() == 0);
    }

    /** An admin whose move fails after it was called. */
    public static class ThrowingAdmin extends ProductAdmin {
        @Override
        @InvalidateCache(pattern = "product:{id}")
        @InvalidateCache(pattern = "products:{category}:*")
        public void move(String id, String category) {
            throw new IllegalStateException("database down");
        }
    }
}
