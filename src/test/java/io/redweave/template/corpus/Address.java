package io.redweave.template.corpus;

/** A corpus fixture: a record with one component, {@code city}. */
public record Address(String city) {
}
