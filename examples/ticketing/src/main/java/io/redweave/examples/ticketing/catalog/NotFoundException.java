package io.redweave.examples.ticketing.catalog;

/** Something asked for by id does not exist. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** No {@code kind} (event, venue, ...) has the id {@code id}. */
    public NotFoundException(String kind, String id) {
        super("There is no " + kind + " '" + id + "'");
    }
}
