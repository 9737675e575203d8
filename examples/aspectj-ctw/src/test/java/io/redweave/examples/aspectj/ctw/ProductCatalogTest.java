package io.redweave.examples.aspectj.ctw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog, woven by ajc at build time, against a real Redis: the plain-Java way to use RedWeave's annotations. */
@RedisTest
class ProductCatalogTest {
    private final RedisServer server;
    private final ProductCatalog catalog = new ProductCatalog();

    ProductCatalogTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void initialize() {
        server.flushAll();
        RedWeave.initialize(RedisConfig.builder().url(server.uri()).build());
    }

    @AfterEach
    void shutdown() {
        RedWeave.shutdown();
    }

    @Test
    void theCatalogClass_isWovenAtBuildTime() {
        assertThat(Arrays.stream(ProductCatalog.class.getDeclaredFields()).map(f -> f.getName()))
                .anyMatch(name -> name.startsWith("ajc$"));
    }

    @Test
    void product_secondRead_comesFromTheCache() {
        assertThat(catalog.product("p1").name()).isEqualTo("Teapot");
        assertThat(catalog.product("p1").name()).isEqualTo("Teapot");

        assertThat(catalog.loads()).isEqualTo(1);
        assertThat(RedWeave.get().client().ttl("cache:product:p1")).isBetween(1L, 60L);
    }

    @Test
    void rename_deletesTheCachedProduct_soTheNextReadSeesTheNewName() {
        catalog.product("p1");
        catalog.rename("p1", "Teapot deluxe");

        assertThat(RedWeave.get().client().exists("cache:product:p1")).isFalse();
        assertThat(catalog.product("p1").name()).isEqualTo("Teapot deluxe");
        assertThat(catalog.loads()).isEqualTo(2);
    }

    @Test
    void search_fourthSearchInAMinute_isRefusedWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            assertThat(catalog.search("ada", "Tea")).extracting(Product::id).containsExactly("p1");
        }

        assertThatThrownBy(() -> catalog.search("ada", "Tea"))
                .isInstanceOfSatisfying(RateLimitExceededException.class, denied -> {
                    assertThat(denied.limit()).isEqualTo(3);
                    assertThat(denied.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
                });
        assertThat(catalog.search("grace", "Tea")).hasSize(1);
    }

    @Test
    void product_beforeInitialize_failsWithAMessageThatSaysWhatToDo() {
        RedWeave.shutdown();

        assertThatThrownBy(() -> catalog.product("p1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RedWeave.initialize(");
        assertThat(catalog.loads()).isZero();
    }

    @Test
    void product_redisDown_failsOpen_andRunsTheMethod() {
        catalog.product("p1");
        server.stop();

        assertThat(catalog.product("p1").name()).isEqualTo("Teapot");
        assertThat(catalog.product("p2").name()).isEqualTo("Kettle");
        assertThat(catalog.loads()).isEqualTo(3);
    }
}
