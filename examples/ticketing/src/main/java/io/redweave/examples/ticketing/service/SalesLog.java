package io.redweave.examples.ticketing.service;

import io.redweave.RedWeave;
import io.redweave.examples.ticketing.catalog.Ticket;
import io.redweave.ops.StreamEntry;
import io.redweave.ops.StreamRange;
import io.redweave.ops.TrimPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a sale goes once the catalog has recorded it: appended to a Redis stream
 * ({@code ticketing:stream:sales}, the log any instance or worker can read back) and published on the channel
 * {@code ticketing:tickets:sold} (the live announcement every subscribed instance receives at once).
 */
public final class SalesLog {
    /** The most sales the stream keeps (approximately: it is trimmed cheaply). */
    public static final long STREAM_LENGTH = 10_000;

    /** How long the stream is kept after the last sale. */
    public static final Duration KEPT_FOR = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(SalesLog.class);

    private final RedWeave redweave;
    private final String instance;
    private final String streamKey;
    private final String channel;

    /** The sales log of service instance {@code instance}, in the Redis of {@code redweave}. */
    public SalesLog(RedWeave redweave, String instance) {
        this.redweave = redweave;
        this.instance = instance;
        this.streamKey = redweave.keys().build("stream", "sales");
        this.channel = redweave.keys().channel("tickets", "sold");
    }

    /**
     * Logs and announces a sale. The sale has happened whatever Redis does: a failure here is logged, and never
     * undoes it or reaches the buyer.
     */
    public void record(Ticket ticket) {
        try {
            redweave.streams().xadd(streamKey, Map.of("ticket", ticket), TrimPolicy.approxMaxLen(STREAM_LENGTH));
            redweave.client().expire(streamKey, KEPT_FOR.toSeconds());
            redweave.pubSub().publish(channel, new TicketSold(ticket, instance, Instant.now()));
        } catch (RuntimeException e) {
            LOG.warn("Ticket {} was sold, but could not be logged or announced: {}", ticket.id(), e.getMessage());
        }
    }

    /** The {@code count} latest sales, newest first, read back from the stream. */
    public List<Ticket> latest(int count) {
        List<StreamEntry<Ticket>> entries = redweave.streams().xrevrange(streamKey, StreamRange.all().limit(count),
                Ticket.class);
        return entries.stream().flatMap(entry -> entry.value("ticket").stream()).toList();
    }

    /** How many sales the stream holds. */
    public long size() {
        return redweave.streams().xlen(streamKey);
    }

    /** The stream's key. */
    public String streamKey() {
        return streamKey;
    }

    /** The channel sales are announced on. */
    public String channel() {
        return channel;
    }
}
