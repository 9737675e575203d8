package io.redweave.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * One member found by a geo search, with its distance from the center and its position when the search asked for
 * them ({@link GeoSearch#withDistance()}, {@link GeoSearch#withCoordinates()}).
 *
 * @param member   the member
 * @param distance its distance from the search's center, in the unit of the search's radius or box; empty unless
 *                 asked for
 * @param point    its position; empty unless asked for
 */
public record GeoResult(String member, Optional<GeoDistance> distance, Optional<GeoPoint> point) {

    /** Checks that nothing is null. */
    public GeoResult {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(point, "point");
    }
}
