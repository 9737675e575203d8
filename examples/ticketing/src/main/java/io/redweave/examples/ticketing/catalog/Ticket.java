package io.redweave.examples.ticketing.catalog;

import java.time.Instant;

/**
 * Tickets bought in one purchase.
 *
 * @param id       the purchase's id, such as {@code tkt-1}
 * @param eventId  the event the tickets are for
 * @param userId   who bought them
 * @param quantity how many tickets were bought
 * @param soldAt   when they were sold
 */
public record Ticket(String id, String eventId, String userId, int quantity, Instant soldAt) {
}
