package io.redweave.examples.aspectj.ctw;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A product catalog whose annotations are woven by ajc at build time: lookups are cached, renames invalidate the
 * cached product, and searches are rate limited per user. The class is plain Java; nothing here refers to AspectJ.
 */
public class ProductCatalog {
    private final Map<String, Product> products = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    /** A catalog with two products. */
    public ProductCatalog() {
        products.put("p1", new Product("p1", "Teapot", 2_500));
        products.put("p2", new Product("p2", "Kettle", 4_900));
    }

    /** The product with this id, from the cache when it was read in the last minute. */
    @Cached(key = "product:{id}", ttl = 60)
    public Product product(String id) {
        loads.incrementAndGet();
        return products.get(id);
    }

    /** Renames a product; its cached copy is deleted afterwards. */
    @InvalidateCache(pattern = "product:{id}")
    public void rename(String id, String name) {
        products.computeIfPresent(id, (key, old) -> new Product(key, name, old.priceCents()));
    }

    /** Products whose name contains {@code text}; at most three searches per user and minute. */
    @RateLimited(key = "search:{user}", limit = 3, window = 60)
    public List<Product> search(String user, String text) {
        return products.values().stream().filter(p -> p.name().contains(text)).toList();
    }

    /** How many times {@link #product(String)} really ran (cache misses and calls without Redis). */
    public int loads() {
        return loads.get();
    }
}
