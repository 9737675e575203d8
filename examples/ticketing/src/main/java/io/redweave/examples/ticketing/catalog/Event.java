package io.redweave.examples.ticketing.catalog;

import java.time.Instant;

/**
 * An event tickets are sold for.
 *
 * @param id       the event's id, such as {@code evt-1}
 * @param name     what the event is called
 * @param venueId  where it takes place
 * @param startsAt when it starts
 * @param price    the price of one ticket, in euros
 * @param capacity how many tickets can be sold
 */
public record Event(String id, String name, String venueId, Instant startsAt, int price, int capacity) {
}
