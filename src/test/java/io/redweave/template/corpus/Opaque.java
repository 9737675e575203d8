package io.redweave.template.corpus;

/** A corpus fixture: a class that keeps Object's toString(), so it has no stable text form. */
public class Opaque {
    public final String id = "x";
}
