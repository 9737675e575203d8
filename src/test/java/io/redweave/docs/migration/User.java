package io.redweave.docs.migration;

/** A user, as the services of the migration guide store it. */
public record User(String id, String name) {
}
