package io.redweave.examples.ticketing.service;

import io.redweave.examples.ticketing.catalog.Ticket;
import java.time.Instant;

/**
 * The message published on the "tickets sold" channel after every sale.
 *
 * @param ticket      what was sold
 * @param soldBy      the name of the service instance that sold it
 * @param publishedAt when the message was published (Redis pub/sub does not carry the time)
 */
public record TicketSold(Ticket ticket, String soldBy, Instant publishedAt) {
}
