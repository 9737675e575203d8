/** The Spring Cache baselines: {@code @Cacheable} over Spring Data Redis and over a ConcurrentMapCache. */
package io.redweave.benchmarks.spring;
