package io.redweave.ops;

/**
 * What a geo search returns and in which order: the {@code WITHDIST}, {@code WITHCOORD}, {@code ASC}/{@code DESC}
 * and {@code COUNT n [ANY]} options of {@code GEOSEARCH}, the seed library's {@code GeoSearchOptions}.
 *
 * <pre>{@code
 * GeoSearchOptions.defaults().withDistance().ascending().limit(5)   // the 5 nearest, with their distances
 * }</pre>
 * Instances are immutable: every method returns a new instance.
 *
 * @param includeDistance    whether each result carries its distance from the center ({@code WITHDIST})
 * @param includeCoordinates whether each result carries its position ({@code WITHCOORD})
 * @param order              the order of the results
 * @param count              at most this many results ({@code COUNT}); 0 means no limit
 * @param any                with a count, return as soon as that many are found, not the nearest ones
 *                           ({@code ANY})
 */
public record GeoSearchOptions(boolean includeDistance, boolean includeCoordinates, Order order, int count,
        boolean any) {

    /** The order of geo search results. */
    public enum Order {
        /** Redis's order, which is unspecified (with a count, Redis still returns the nearest ones). */
        UNSORTED,
        /** Nearest first ({@code ASC}). */
        ASCENDING,
        /** Farthest first ({@code DESC}). */
        DESCENDING
    }

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException when {@code count} is negative, or {@code any} is set without a count
     */
    public GeoSearchOptions {
        if (order == null) {
            throw new IllegalArgumentException("order is null: use Order.UNSORTED for Redis's order");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is invalid: it must be positive, or 0 for no"
                    + " limit");
        }
        if (any && count == 0) {
            throw new IllegalArgumentException("ANY needs a count: use limitAny(n) with n > 0");
        }
    }

    /** Members only, in Redis's order, without a limit. */
    public static GeoSearchOptions defaults() {
        return new GeoSearchOptions(false, false, Order.UNSORTED, 0, false);
    }

    /** These options, with each result's distance from the center ({@code WITHDIST}). */
    public GeoSearchOptions withDistance() {
        return new GeoSearchOptions(true, includeCoordinates, order, count, any);
    }

    /** These options, with each result's position ({@code WITHCOORD}). */
    public GeoSearchOptions withCoordinates() {
        return new GeoSearchOptions(includeDistance, true, order, count, any);
    }

    /** These options, nearest first ({@code ASC}). */
    public GeoSearchOptions ascending() {
        return new GeoSearchOptions(includeDistance, includeCoordinates, Order.ASCENDING, count, any);
    }

    /** These options, farthest first ({@code DESC}). */
    public GeoSearchOptions descending() {
        return new GeoSearchOptions(includeDistance, includeCoordinates, Order.DESCENDING, count, any);
    }

    /**
     * These options, returning at most the {@code count} nearest members ({@code COUNT n}).
     *
     * @throws IllegalArgumentException when {@code count} is not positive
     */
    public GeoSearchOptions limit(int count) {
        return new GeoSearchOptions(includeDistance, includeCoordinates, order, positive(count), false);
    }

    /**
     * These options, returning the first {@code count} members found, which are not necessarily the nearest
     * ({@code COUNT n ANY}: faster on large indexes).
     *
     * @throws IllegalArgumentException when {@code count} is not positive
     */
    public GeoSearchOptions limitAny(int count) {
        return new GeoSearchOptions(includeDistance, includeCoordinates, order, positive(count), true);
    }

    private static int positive(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count " + count + " is invalid: it must be positive");
        }
        return count;
    }
}
