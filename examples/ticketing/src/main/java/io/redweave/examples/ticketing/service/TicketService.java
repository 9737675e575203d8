package io.redweave.examples.ticketing.service;

import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.catalog.Ticket;
import io.redweave.session.SessionContext;
import java.util.List;

/**
 * Ticket purchases, for signed-in users only, and limited in rate.
 *
 * <p>Its annotations act once the class is woven: create it with
 * {@code redweave.enhance(TicketService.class).getConstructor(Catalog.class, SalesLog.class).newInstance(...)}.
 * Both methods need a live session ({@code @SessionScoped} is {@code FAIL_CLOSED}: when Redis is down they throw
 * {@code RedisConnectionException} rather than sell to someone nobody could check).
 */
public class TicketService {
    /** How many purchases a session may make per {@link #PURCHASE_WINDOW_SECONDS}. */
    public static final int PURCHASES_PER_WINDOW = 3;

    /** The length of the purchase rate-limit window, in seconds. */
    public static final int PURCHASE_WINDOW_SECONDS = 60;

    private final Catalog catalog;
    private final SalesLog sales;

    /** Sells tickets of {@code catalog} and reports every sale to {@code sales}. */
    public TicketService(Catalog catalog, SalesLog sales) {
        this.catalog = catalog;
        this.sales = sales;
    }

    /**
     * Buys {@code quantity} tickets of an event for the session's user, then logs the sale and announces it. The
     * session is checked first (a missing or expired one throws {@code SessionNotFoundException}), then the
     * session's purchase limit (one exceeded throws {@code RateLimitExceededException} with its retry delay).
     */
    @SessionScoped(id = "{sessionId}")
    @RateLimited(key = "purchase:{sessionId}", limit = PURCHASES_PER_WINDOW, window = PURCHASE_WINDOW_SECONDS)
    public Ticket buy(String sessionId, String eventId, int quantity) {
        Ticket ticket = catalog.sell(eventId, SessionContext.current().userId(), quantity);
        sales.record(ticket);
        return ticket;
    }

    /** The tickets the session's user has bought, oldest first. */
    @SessionScoped(id = "{sessionId}")
    public List<Ticket> tickets(String sessionId) {
        return catalog.ticketsOf(SessionContext.current().userId());
    }
}
