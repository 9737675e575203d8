/** The service woven at compile time by ajc with RedWeave's aspect; the only woven package. */
package io.redweave.benchmarks.woven;
