package io.redweave.examples.aspectj.ctw;

/** A product of the catalog, stored in the cache as JSON. */
public record Product(String id, String name, long priceCents) {
}
