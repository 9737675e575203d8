/** What the benchmarks share: the Redis they start, the payload, the in-process stores and the checks. */
package io.redweave.benchmarks.support;
