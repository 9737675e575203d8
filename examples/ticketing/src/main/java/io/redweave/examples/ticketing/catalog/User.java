package io.redweave.examples.ticketing.catalog;

/**
 * Someone who can sign in and buy tickets.
 *
 * @param id   the user's id, such as {@code ada}
 * @param name the user's full name
 */
public record User(String id, String name) {
}
