package io.redweave.docs.annotations;

import io.redweave.annotation.Cached;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A catalog whose reads are cached: the service of {@code docs/annotations/cached.md}. */
public class ProductCatalog {
    private final AtomicInteger loads = new AtomicInteger();

    // example: cached-service
    @Cached(key = "product:{id}", ttl = 10, unit = TimeUnit.MINUTES)
    public Product product(String id) {
        return load(id);
    }

    @Cached(key = "products:{category}:{page}", ttl = 60)               // a generic type: List<Product>
    public List<Product> page(String category, int page) {
        return List.of(load(category + "-" + page));
    }

    @Cached(key = "price:{product.id}:{currency}", ttl = 30)            // a property of a parameter
    public BigDecimal price(Product product, Currency currency) {
        load(product.id());
        return new BigDecimal("19.90");
    }

    @Cached(key = "sku:{sku}", cacheNulls = true, nullTtl = 60)          // "no such SKU" is cached for 60 s
    public Optional<Product> bySku(String sku) {
        load(sku);
        return sku.startsWith("SKU-") ? Optional.of(new Product(sku, "Poster", "prints")) : Optional.empty();
    }

    @Cached(key = "stock:{id}", ttl = 5)                                 // cached once the future completes
    public CompletableFuture<Integer> stock(String id) {
        load(id);
        return CompletableFuture.supplyAsync(() -> 42);
    }

    @Cached(ttl = 120)                                                   // key: the method and every argument
    public String description(String id, Locale locale) {
        return load(id).name() + " (" + locale + ")";
    }

    @Cached(key = "supplier:{id}", ttl = 60)                            // exceptions are never cached
    public String supplier(String id) throws IOException {
        load(id);
        throw new IOException("supplier database unreachable");
    }
    // end

    /** How many times a method body ran. */
    public int loads() {
        return loads.get();
    }

    private Product load(String id) {
        loads.incrementAndGet();
        return new Product(id, "Product " + id, "books");
    }
}
