/**
 * Fault tests: RedWeave between a real Redis and the faults of production, injected by killing the server, by a
 * fault proxy (latency, dropped traffic, resets, half-open connections), by exhausting the pool, by failing over
 * a cluster master, by flushing the script cache and by filling Redis's memory. Each test asserts the outcome
 * PRODUCT.md section 9 requires and prints the numbers {@code docs/reliability.md} reports.
 */
package io.redweave.reliability;
