package io.redweave.template.corpus;

/** A corpus fixture: an enum, rendered by name. */
public enum Status {
    ACTIVE,
    CLOSED
}
