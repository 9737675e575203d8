package io.redweave.examples.ticketing;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.http.HttpApi;
import io.redweave.examples.ticketing.service.EventService;
import io.redweave.examples.ticketing.service.LoginService;
import io.redweave.examples.ticketing.service.Popularity;
import io.redweave.examples.ticketing.service.SalesFeed;
import io.redweave.examples.ticketing.service.SalesLog;
import io.redweave.examples.ticketing.service.Services;
import io.redweave.examples.ticketing.service.TicketService;
import io.redweave.examples.ticketing.service.VenueService;
import io.redweave.session.SessionConfig;
import io.redweave.session.SessionPolicy;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Duration;

/**
 * One instance of the ticketing service: its own {@link RedWeave}, its services (woven with Byte Buddy) and its
 * HTTP API. Several instances can share one Redis and one catalog, like replicas of a service behind a load
 * balancer: they share the cache, the rate limits, the sessions and the sales channel.
 */
public final class TicketingApp implements AutoCloseable {
    /** The namespace of every key the service writes: {@code ticketing:cache:event:evt-1}, ... */
    public static final String NAMESPACE = "ticketing";

    /** Sessions: 30 minutes without activity, at most 2 per user, a third login ends the oldest. */
    public static final SessionConfig SESSIONS = SessionConfig.builder()
            .ttl(Duration.ofMinutes(30))
            .maxSessionsPerUser(2)
            .policy(SessionPolicy.EVICT_OLDEST)
            .build();

    private final String name;
    private final RedWeave redweave;
    private final Services services;
    private final HttpApi http;

    private TicketingApp(String name, RedWeave redweave, Services services, HttpApi http) {
        this.name = name;
        this.redweave = redweave;
        this.services = services;
        this.http = http;
    }

    /**
     * Connects to Redis and starts serving, on {@code port} of the loopback interface (0: a free port).
     *
     * @param redis   where Redis is
     * @param catalog the system of record, possibly shared with other instances
     * @param name    the instance's name, such as {@code "A"}
     * @param port    the HTTP port, 0 for any free one
     * @throws io.redweave.RedisConnectionException when Redis does not answer
     * @throws IllegalStateException                when the port is taken
     */
    public static TicketingApp start(RedisConfig redis, Catalog catalog, String name, int port) {
        RedWeave redweave = RedWeave.builder().config(redis).namespace(NAMESPACE).sessions(SESSIONS).build();
        SalesFeed feed = null;
        try {
            EventService events = create(redweave.enhance(EventService.class),
                    new Class<?>[] {Catalog.class}, catalog);
            SalesLog sales = new SalesLog(redweave, name);
            TicketService tickets = create(redweave.enhance(TicketService.class),
                    new Class<?>[] {Catalog.class, SalesLog.class}, catalog, sales);
            VenueService venues = new VenueService(catalog, redweave.cache());
            LoginService logins = new LoginService(catalog, redweave.sessions(), redweave.rateLimiter(), name);
            feed = new SalesFeed(redweave.pubSub(), sales.channel(), name);
            Services services = new Services(name, events, venues, tickets, logins, new Popularity(redweave), sales,
                    feed, redweave::health);
            return new TicketingApp(name, redweave, services, HttpApi.start(port, services));
        } catch (RuntimeException e) {
            if (feed != null) {
                feed.close();
            }
            redweave.close();
            throw e;
        }
    }

    /** The instance's name. */
    public String name() {
        return name;
    }

    /** The base URI of its HTTP API, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return http.uri();
    }

    /** The port its HTTP API listens on. */
    public int port() {
        return http.port();
    }

    /** Its RedWeave instance. */
    public RedWeave redweave() {
        return redweave;
    }

    /** Its services. */
    public Services services() {
        return services;
    }

    /** Stops serving, unsubscribes and closes the connections to Redis. */
    @Override
    public void close() {
        http.close();
        services.feed().close();
        redweave.close();
    }

    private static <T> T create(Class<? extends T> type, Class<?>[] parameterTypes, Object... arguments) {
        try {
            return type.getConstructor(parameterTypes).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not create " + type.getName(), e);
        }
    }
}
