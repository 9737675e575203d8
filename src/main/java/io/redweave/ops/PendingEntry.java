package io.redweave.ops;

import java.time.Duration;

/**
 * One pending entry of a consumer group ({@code XPENDING key group ... count}): delivered to a consumer and not
 * acknowledged yet.
 *
 * @param id         the entry's id
 * @param consumer   the consumer that holds it
 * @param idle       how long since it was last delivered
 * @param deliveries how many times it was delivered; a growing number marks an entry that consumers fail on
 */
public record PendingEntry(StreamId id, String consumer, Duration idle, long deliveries) {
}
