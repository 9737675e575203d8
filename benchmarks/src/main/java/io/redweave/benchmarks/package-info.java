/**
 * JMH benchmarks of RedWeave side by side with the alternatives (raw Jedis + Jackson, Spring Cache over Spring Data
 * Redis or a ConcurrentMapCache, Bucket4j's Jedis module), and the runner ({@link io.redweave.benchmarks.Main}) that
 * writes the results table of {@code docs/benchmarks.md}.
 */
package io.redweave.benchmarks;
