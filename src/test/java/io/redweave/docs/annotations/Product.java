package io.redweave.docs.annotations;

/** A product of the catalog. */
public record Product(String id, String name, String category) {
}
