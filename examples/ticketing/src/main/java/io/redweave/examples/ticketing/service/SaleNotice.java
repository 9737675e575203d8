package io.redweave.examples.ticketing.service;

import java.time.Instant;

/**
 * A sale a service instance was told about through pub/sub.
 *
 * @param sale       the message
 * @param receivedBy the name of the instance that received it
 * @param receivedAt when that instance read it from Redis
 */
public record SaleNotice(TicketSold sale, String receivedBy, Instant receivedAt) {
}
