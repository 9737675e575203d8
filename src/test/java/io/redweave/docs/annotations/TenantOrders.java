package io.redweave.docs.annotations;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;

/** Orders cached per tenant, one hash slot per tenant: the service of {@code docs/cluster-and-sentinel.md}. */
public class TenantOrders {

    // example: cluster-hash-tag
    @Cached(key = "{{{tenantId}}}:order:{orderId}", ttl = 300)          // cache:{acme}:order:o-1
    public String order(String tenantId, String orderId) {
        return "order " + orderId + " of " + tenantId;
    }

    @InvalidateCache(pattern = "{{{tenantId}}}:order:*")                // every order of one tenant
    public void closeTenant(String tenantId) {
        // ... archive the tenant
    }
    // end
}
