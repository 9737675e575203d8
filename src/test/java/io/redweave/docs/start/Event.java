package io.redweave.docs.start;

// example: start-event
/** An event, stored in Redis as JSON. */
public record Event(String id, String name, int capacity) {
}
// end
