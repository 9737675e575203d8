package io.redweave.ops;

/** One end of a list: where {@code LMOVE} and {@code BLMOVE} take an element from, and where they put it. */
public enum ListEnd {
    /** The head of the list (index 0), where {@code LPUSH} adds and {@code LPOP} takes. */
    LEFT,
    /** The tail of the list (index -1), where {@code RPUSH} adds and {@code RPOP} takes. */
    RIGHT
}
