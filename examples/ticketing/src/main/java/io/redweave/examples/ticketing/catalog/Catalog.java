package io.redweave.examples.ticketing.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system of record of the ticketing service: events, venues, users and sold tickets, in memory.
 *
 * <p>It stands in for a database. Every read of an event or a venue takes {@link #latency()}, like a query, and is
 * counted ({@link #eventLoads()}, {@link #venueLoads()}), so that the demo and the tests can tell a cache hit from
 * a load. Several service instances may share one catalog, as replicas share one database. Thread-safe.
 */
public final class Catalog {
    /** The latency of {@link #sample()}: about what a simple query to a database over the network takes. */
    public static final Duration SAMPLE_LATENCY = Duration.ofMillis(50);

    private final Duration latency;
    private final Map<String, Event> events = new ConcurrentHashMap<>();
    private final Map<String, Venue> venues = new ConcurrentHashMap<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final List<Ticket> tickets = new CopyOnWriteArrayList<>();
    private final AtomicLong eventLoads = new AtomicLong();
    private final AtomicLong venueLoads = new AtomicLong();
    private final AtomicLong ticketNumbers = new AtomicLong();

    /** An empty catalog whose reads take {@code latency}. */
    public Catalog(Duration latency) {
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("latency " + latency + " is invalid: it must be zero or positive");
        }
        this.latency = latency;
    }

    /**
     * A catalog with three venues, four events (the first a month from today, evt-4 with only 2 tickets) and three
     * users (ada, grace, linus), whose reads take {@link #SAMPLE_LATENCY}.
     */
    public static Catalog sample() {
        return sample(SAMPLE_LATENCY);
    }

    /** The sample catalog with reads that take {@code latency}. */
    public static Catalog sample(Duration latency) {
        Catalog catalog = new Catalog(latency);
        catalog.add(new Venue("ven-1", "Ancienne Belgique", "Brussels"));
        catalog.add(new Venue("ven-2", "Paradiso", "Amsterdam"));
        catalog.add(new Venue("ven-3", "Olympia", "Paris"));
        Instant firstNight = LocalDate.now(ZoneOffset.UTC).plusDays(30).atTime(19, 30).toInstant(ZoneOffset.UTC);
        catalog.add(new Event("evt-1", "Opening night", "ven-1", firstNight, 45, 1200));
        catalog.add(new Event("evt-2", "Jazz at dusk", "ven-2", firstNight.plus(Duration.ofDays(7)), 30, 500));
        catalog.add(new Event("evt-3", "Chamber strings", "ven-3", firstNight.plus(Duration.ofDays(21)), 25, 80));
        catalog.add(new Event("evt-4", "Farewell show", "ven-1", firstNight.plus(Duration.ofDays(90)), 99, 2));
        catalog.add(new User("ada", "Ada Lovelace"));
        catalog.add(new User("grace", "Grace Hopper"));
        catalog.add(new User("linus", "Linus Torvalds"));
        return catalog;
    }

    /** Adds or replaces an event. */
    public void add(Event event) {
        events.put(event.id(), event);
    }

    /** Adds or replaces a venue. */
    public void add(Venue venue) {
        venues.put(venue.id(), venue);
    }

    /** Adds or replaces a user. */
    public void add(User user) {
        users.put(user.id(), user);
    }

    /**
     * Reads an event (a slow, counted query).
     *
     * @throws NotFoundException when there is no such event
     */
    public Event event(String id) {
        query(eventLoads);
        Event event = events.get(id);
        if (event == null) {
            throw new NotFoundException("event", id);
        }
        return event;
    }

    /** Reads every event, soonest first (a slow, counted query). */
    public List<Event> events() {
        query(eventLoads);
        return events.values().stream().sorted(Comparator.comparing(Event::startsAt)).toList();
    }

    /**
     * Changes an event and returns it as it is now.
     *
     * @throws NotFoundException when there is no such event
     */
    public Event updateEvent(String id, EventUpdate update) {
        Event updated = events.computeIfPresent(id, (key, event) -> update.applyTo(event));
        if (updated == null) {
            throw new NotFoundException("event", id);
        }
        return updated;
    }

    /**
     * Reads a venue (a slow, counted query).
     *
     * @throws NotFoundException when there is no such venue
     */
    public Venue venue(String id) {
        query(venueLoads);
        Venue venue = venues.get(id);
        if (venue == null) {
            throw new NotFoundException("venue", id);
        }
        return venue;
    }

    /** The user with this id, if there is one. */
    public Optional<User> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    /**
     * Sells {@code quantity} tickets of an event to a user.
     *
     * @throws NotFoundException when there is no such event
     * @throws SoldOutException  when fewer tickets are left
     */
    public synchronized Ticket sell(String eventId, String userId, int quantity) {
        Event event = events.get(eventId);
        if (event == null) {
            throw new NotFoundException("event", eventId);
        }
        int sold = tickets.stream().filter(t -> t.eventId().equals(eventId)).mapToInt(Ticket::quantity).sum();
        int left = event.capacity() - sold;
        if (quantity > left) {
            throw new SoldOutException(eventId, quantity, left);
        }
        Ticket ticket = new Ticket("tkt-" + ticketNumbers.incrementAndGet(), eventId, userId, quantity, Instant.now());
        tickets.add(ticket);
        return ticket;
    }

    /** The tickets a user bought, oldest first. */
    public List<Ticket> ticketsOf(String userId) {
        return tickets.stream().filter(t -> t.userId().equals(userId)).toList();
    }

    /** How many times events were read from this catalog. */
    public long eventLoads() {
        return eventLoads.get();
    }

    /** How many times venues were read from this catalog. */
    public long venueLoads() {
        return venueLoads.get();
    }

    /** How long a read takes. */
    public Duration latency() {
        return latency;
    }

    private void query(AtomicLong counter) {
        counter.incrementAndGet();
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the catalog", e);
        }
    }
}
