package io.redweave.examples.ticketing.service;

/**
 * How often an event was viewed.
 *
 * @param eventId the event
 * @param views   how many times it was read through the API
 */
public record EventViews(String eventId, long views) {
}
