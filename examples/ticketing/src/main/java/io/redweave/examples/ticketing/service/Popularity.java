package io.redweave.examples.ticketing.service;

import io.redweave.RedWeave;
import io.redweave.ops.ScoredMember;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The most viewed events: a sorted set ({@code ticketing:analytics:views:events}) scored by views, shared by every
 * service instance.
 */
public final class Popularity {
    /** How long the view counts are kept after the last view. */
    public static final Duration KEPT_FOR = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(Popularity.class);

    private final RedWeave redweave;
    private final String key;

    /** View counts in the Redis of {@code redweave}. */
    public Popularity(RedWeave redweave) {
        this.redweave = redweave;
        this.key = redweave.keys().analytics("views", "events");
    }

    /**
     * Counts one view of an event. A view is worth less than the read it comes with: when Redis fails, the view
     * is not counted and the read goes on.
     */
    public void viewed(String eventId) {
        try {
            redweave.sortedSets().zincrby(key, 1, eventId);
            redweave.client().expire(key, KEPT_FOR.toSeconds());
        } catch (RuntimeException e) {
            LOG.debug("View of {} not counted: {}", eventId, e.getMessage());
        }
    }

    /** The {@code count} most viewed events, most viewed first. */
    public List<EventViews> top(int count) {
        List<ScoredMember> members = redweave.sortedSets().zrevrangeWithScores(key, 0, count - 1L);
        return members.stream().map(m -> new EventViews(m.member(), Math.round(m.score()))).toList();
    }

    /** The sorted set's key. */
    public String key() {
        return key;
    }
}
