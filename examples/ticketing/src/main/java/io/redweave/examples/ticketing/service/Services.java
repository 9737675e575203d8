package io.redweave.examples.ticketing.service;

import io.redweave.HealthReport;
import java.util.function.Supplier;

/**
 * The services of one service instance, as the HTTP API uses them.
 *
 * @param instance   the instance's name
 * @param events     events (woven: cached, invalidated)
 * @param venues     venues (cached by hand)
 * @param tickets    purchases (woven: session-scoped, rate-limited)
 * @param logins     sign-in (sessions and a rate limit, by hand)
 * @param popularity the most viewed events (a sorted set)
 * @param sales      the sales stream and channel
 * @param feed       the sales this instance was told about (pub/sub)
 * @param health     the health of Redis
 */
public record Services(String instance, EventService events, VenueService venues, TicketService tickets,
        LoginService logins, Popularity popularity, SalesLog sales, SalesFeed feed, Supplier<HealthReport> health) {
}
