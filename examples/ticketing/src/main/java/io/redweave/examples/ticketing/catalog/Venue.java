package io.redweave.examples.ticketing.catalog;

/**
 * A place where events take place.
 *
 * @param id   the venue's id, such as {@code ven-1}
 * @param name what the venue is called
 * @param city the city it is in
 */
public record Venue(String id, String name, String city) {
}
