/**
 * The Java side of {@code docs/migration.md}: the seed guide's examples redone with RedWeave, run against a real
 * Redis, and the error messages its troubleshooting section quotes.
 */
package io.redweave.docs.migration;
