/**
 * The annotations: {@link io.redweave.annotation.Cached}, {@link io.redweave.annotation.RateLimited},
 * {@link io.redweave.annotation.InvalidateCache} and {@link io.redweave.annotation.SessionScoped}. They carry no
 * logic; aspects (AspectJ) or generated proxies (Byte Buddy) act on them.
 *
 * <p>Stacked on one method they run in this order, outermost first: {@code @SessionScoped}, {@code @RateLimited},
 * {@code @Cached}, the method, {@code @InvalidateCache}. A cache hit still counts against the rate limit.
 */
package io.redweave.annotation;
