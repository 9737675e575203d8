package io.redweave.examples.ticketing.catalog;

/** An event has fewer tickets left than a purchase asked for. */
public class SoldOutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code wanted} tickets of {@code eventId} were asked for and only {@code left} remain. */
    public SoldOutException(String eventId, int wanted, int left) {
        super("Event '" + eventId + "' has " + left + " ticket(s) left; " + wanted + " were asked for");
    }
}
