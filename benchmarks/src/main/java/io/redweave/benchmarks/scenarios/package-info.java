/** Measured runs outside JMH: the stampede, pattern invalidation and Redis memory per rate-limit key. */
package io.redweave.benchmarks.scenarios;
