package io.redweave.template.corpus;

/** A corpus fixture: a record with components {@code id} and {@code address}. */
public record Customer(String id, Address address) {
}
