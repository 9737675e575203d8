/**
 * RedWeave: declarative Redis for Java. {@link io.redweave.RedWeave} is the entry point, configured by
 * {@link io.redweave.RedisConfig}; every exception RedWeave throws extends {@link io.redweave.RedWeaveException}.
 */
package io.redweave;
