/**
 * The ticketing example: a small HTTP service (events, venues, users, tickets) that uses every RedWeave annotation
 * and manager. {@link io.redweave.examples.ticketing.TicketingMain} runs a scripted demo, or serves with
 * {@code --serve}; {@link io.redweave.examples.ticketing.TicketingApp} is one instance of the service.
 */
package io.redweave.examples.ticketing;
