package io.redweave.examples.ticketing.catalog;

/**
 * Changes to an event: a new name, a new price, or both; a {@code null} component keeps the current value.
 *
 * @param name  the new name, 1 to 100 characters, or {@code null}
 * @param price the new price in euros, 0 to 10,000, or {@code null}
 */
public record EventUpdate(String name, Integer price) {

    /**
     * Checks the changes.
     *
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public EventUpdate {
        if (name == null && price == null) {
            throw new IllegalArgumentException("an event update needs a name, a price or both, such as"
                    + " {\"price\": 55}");
        }
        if (name != null && (name.isBlank() || name.length() > 100)) {
            throw new IllegalArgumentException("name '" + name + "' is invalid: it must have 1 to 100 characters"
                    + " and not be blank");
        }
        if (price != null && (price < 0 || price > 10_000)) {
            throw new IllegalArgumentException("price " + price + " is invalid: it must be 0 to 10000 euros");
        }
    }

    /** The event with these changes applied. */
    public Event applyTo(Event event) {
        return new Event(event.id(), name == null ? event.name() : name, event.venueId(), event.startsAt(),
                price == null ? event.price() : price, event.capacity());
    }
}
