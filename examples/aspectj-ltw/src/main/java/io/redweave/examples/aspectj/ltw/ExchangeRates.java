package io.redweave.examples.aspectj.ltw;

import io.redweave.annotation.Cached;
import io.redweave.annotation.RateLimited;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exchange rates from a slow source: rates are cached for half a minute and quotes are rate limited per client.
 * Compiled by javac like any class; the AspectJ agent weaves the annotations in when the class is loaded.
 */
public class ExchangeRates {
    private static final Map<String, BigDecimal> TO_EUR = Map.of("EUR", BigDecimal.ONE,
            "USD", new BigDecimal("0.92"), "GBP", new BigDecimal("1.17"));
    private final AtomicInteger fetches = new AtomicInteger();

    /** Creates the service. */
    public ExchangeRates() {
        // no state besides the fetch counter
    }

    /** How many euros one unit of {@code currency} buys, from the cache when fetched in the last 30 seconds. */
    @Cached(key = "rate:{currency}", ttl = 30)
    public BigDecimal toEur(String currency) {
        fetches.incrementAndGet();
        BigDecimal rate = TO_EUR.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("unknown currency " + currency);
        }
        return rate;
    }

    /** A quote for converting {@code amount}; two quotes per client and minute. */
    @RateLimited(key = "quote:{client}", limit = 2, window = 60)
    public BigDecimal quote(String client, String currency, BigDecimal amount) {
        return amount.multiply(toEur(currency));
    }

    /** How many times a rate was really fetched. */
    public int fetches() {
        return fetches.get();
    }
}
