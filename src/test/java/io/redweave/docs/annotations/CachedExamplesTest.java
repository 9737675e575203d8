package io.redweave.docs.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.annotation.Cached;
import io.redweave.cache.CacheManager;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/annotations/cached.md}, and the behaviour the page describes. */
@RedisTest
class CachedExamplesTest {
    private RedWeave redweave;
    private CacheManager cache;

    @BeforeEach
    void connect(RedisServer server) {
        redweave = Woven.redweave(server);
        cache = redweave.cache();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void aMiss_runsTheMethodOnce_thenHitsAreOneGet() throws Exception {
        // example: cached-usage
        ProductCatalog catalog = redweave.enhance(ProductCatalog.class).getConstructor().newInstance();
        Product first = catalog.product("p-1");       // a miss: the method runs; stored at cache:product:p-1
        Product again = catalog.product("p-1");       // a hit: one GET, decoded to Product; the method does not run
        // end
        assertThat(again).isEqualTo(first);
        assertThat(catalog.loads()).isEqualTo(1);
        assertThat(cache.ttl("product:p-1")).get().satisfies(ttl ->
                assertThat(ttl).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10)));
    }

    @Test
    void genericTypes_propertyPaths_andTheDefaultKey_renderTheDocumentedKeys() {
        ProductCatalog catalog = Woven.woven(redweave, ProductCatalog.class);

        List<Product> page = catalog.page("books", 1);
        BigDecimal price = catalog.price(new Product("p-7", "Atlas", "books"), Currency.getInstance("EUR"));
        String description = catalog.description("p-8", Locale.UK);

        assertThat(catalog.page("books", 1)).isEqualTo(page).first().isInstanceOf(Product.class);
        assertThat(catalog.price(new Product("p-7", "Other name", "maps"), Currency.getInstance("EUR")))
                .isEqualTo(price);
        assertThat(catalog.description("p-8", Locale.UK)).isEqualTo(description);
        assertThat(catalog.loads()).isEqualTo(3);
        assertThat(redweave.client().exists("cache:products:books:1")).isTrue();
        assertThat(redweave.client().exists("cache:price:p-7:EUR")).isTrue();
        assertThat(redweave.client().exists(
                "cache:io.redweave.docs.annotations.ProductCatalog.description(String,Locale):p-8:en_GB")).isTrue();
    }

    @Test
    void anEmptyOptional_isCachedForNullTtl_withCacheNulls() {
        ProductCatalog catalog = Woven.woven(redweave, ProductCatalog.class);

        assertThat(catalog.bySku("nope")).isEmpty();
        assertThat(catalog.bySku("nope")).isEmpty();
        assertThat(catalog.bySku("SKU-1")).get().extracting(Product::name).isEqualTo("Poster");

        assertThat(catalog.loads()).isEqualTo(2);
        assertThat(cache.ttl("sku:nope")).get().satisfies(ttl ->
                assertThat(ttl).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60)));
    }

    @Test
    void aFuture_isCachedOnceItCompletes_andAHitIsACompletedFuture() {
        ProductCatalog catalog = Woven.woven(redweave, ProductCatalog.class);

        assertThat(catalog.stock("p-1").join()).isEqualTo(42);
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.exists("stock:p-1"));

        assertThat(catalog.stock("p-1")).isCompletedWithValue(42);
        assertThat(catalog.loads()).isEqualTo(1);
    }

    @Test
    void anException_reachesTheCaller_unchanged_andIsNeverCached() {
        ProductCatalog catalog = Woven.woven(redweave, ProductCatalog.class);

        assertThatThrownBy(() -> catalog.supplier("p-1")).isInstanceOf(IOException.class)
                .hasMessage("supplier database unreachable");
        assertThatThrownBy(() -> catalog.supplier("p-1")).isInstanceOf(IOException.class);

        assertThat(catalog.loads()).isEqualTo(2);
        assertThat(cache.exists("supplier:p-1")).isFalse();
    }

    @Test
    void aZeroTtl_oraVoidMethod_failsAtWeaveTime() {
        assertThatThrownBy(() -> redweave.enhance(ZeroTtl.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@Cached(ttl = 0) on ").hasMessageContaining("is invalid: it must be positive");
        assertThatThrownBy(() -> redweave.enhance(VoidMethod.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@Cached cannot be used on void method ")
                .hasMessageContaining(": there is no result to cache");
        assertThatThrownBy(() -> redweave.enhance(RawOptional.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("returns a raw Optional: declare its type argument, such as Optional<User>");
    }

    /** A TTL of 0. */
    public static class ZeroTtl {
        /** Never cached. */
        @Cached(key = "x:{id}", ttl = 0)
        public String x(String id) {
            return id;
        }
    }

    /** A void method. */
    public static class VoidMethod {
        /** Nothing to cache. */
        @Cached(key = "x:{id}")
        public void x(String id) {
        }
    }

    /** A raw Optional. */
    public static class RawOptional {
        /** No type to decode to. */
        @SuppressWarnings("rawtypes")
        @Cached(key = "x:{id}")
        public Optional x(String id) {
            return Optional.empty();
        }
    }
}
