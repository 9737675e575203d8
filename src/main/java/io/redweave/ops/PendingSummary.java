package io.redweave.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The summary of a consumer group's pending entries ({@code XPENDING key group}): entries delivered to a consumer
 * and not acknowledged yet.
 *
 * @param count     how many entries are pending
 * @param lowestId  the lowest pending id; empty when nothing is pending
 * @param highestId the highest pending id; empty when nothing is pending
 * @param consumers how many entries each consumer with pending entries holds; unmodifiable
 */
public record PendingSummary(long count, Optional<StreamId> lowestId, Optional<StreamId> highestId,
        Map<String, Long> consumers) {

    /** Keeps an unmodifiable copy of the consumers. */
    public PendingSummary {
        if (lowestId == null || highestId == null || consumers == null) {
            throw new IllegalArgumentException("a pending summary needs its ids (possibly empty) and consumers");
        }
        consumers = Collections.unmodifiableMap(new LinkedHashMap<>(consumers));
    }
}
