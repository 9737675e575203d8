package io.redweave.docs.annotations;

import io.redweave.annotation.InvalidateCache;

/** Writes to the catalog, which invalidate what {@link ProductCatalog} cached: the service of {@code docs/annotations/invalidate-cache.md}. */
public class ProductAdmin {

    // example: invalidate-service
    @InvalidateCache(pattern = "product:{id}")                          // one key: deleted without a scan
    public void rename(String id, String name) {
        // ... update the database
    }

    @InvalidateCache(pattern = "product:{id}")
    @InvalidateCache(pattern = "products:{category}:*")                 // every page of the category: SCAN + UNLINK
    public void move(String id, String category) {
        // ... update the database
    }

    @InvalidateCache(pattern = "product:{id}", beforeInvocation = true) // deleted before the method runs
    public void delete(String id) {
        if (id.startsWith("locked")) {
            throw new IllegalStateException("product " + id + " is locked");
        }
    }
    // end
}
