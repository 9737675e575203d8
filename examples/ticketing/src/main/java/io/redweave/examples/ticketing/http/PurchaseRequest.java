package io.redweave.examples.ticketing.http;

/**
 * The body of {@code POST /events/{id}/tickets}: {@code {"quantity": 2}}; no body buys one ticket.
 *
 * @param quantity how many tickets to buy, 1 to {@link #MAX_QUANTITY}
 */
public record PurchaseRequest(int quantity) {
    /** The most tickets one purchase can buy. */
    public static final int MAX_QUANTITY = 4;

    /** One ticket. */
    public static final PurchaseRequest ONE = new PurchaseRequest(1);

    /** Checks the quantity. */
    public PurchaseRequest {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity " + quantity + " is invalid: it must be 1 to "
                    + MAX_QUANTITY);
        }
    }
}
