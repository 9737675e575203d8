package io.redweave.ops;

/**
 * A {@code GEOSEARCH} query: a center (a member of the index, or a point), a shape (a radius, or a box) and the
 * {@link GeoSearchOptions options}.
 *
 * <pre>{@code
 * GeoSearch.fromMember("Palermo").byRadius(200, GeoUnit.KILOMETERS).withDistance().ascending()
 * GeoSearch.fromPoint(15, 37).byBox(400, 400, GeoUnit.KILOMETERS).limit(3)
 * }</pre>
 * Distances in the results are in the unit of the shape. Instances are immutable.
 *
 * @param center  where the search is centered
 * @param shape   the area searched
 * @param options what is returned, and in which order
 */
public record GeoSearch(Center center, Shape shape, GeoSearchOptions options) {

    /**
     * Checks that every part is given.
     *
     * @throws IllegalArgumentException when a part is null
     */
    public GeoSearch {
        if (center == null || shape == null || options == null) {
            throw new IllegalArgumentException("a GeoSearch needs a center, a shape and options: build it with"
                    + " GeoSearch.fromMember(...) or GeoSearch.fromPoint(...), then byRadius(...) or byBox(...)");
        }
    }

    /** A search centered on a member of the index ({@code FROMMEMBER}). */
    public static Center fromMember(String member) {
        return new FromMember(member);
    }

    /** A search centered on a point ({@code FROMLONLAT}). */
    public static Center fromPoint(double longitude, double latitude) {
        return new FromPoint(new GeoPoint(longitude, latitude));
    }

    /** A search centered on a point ({@code FROMLONLAT}). */
    public static Center fromPoint(GeoPoint point) {
        return new FromPoint(point);
    }

    /** This search with other options. */
    public GeoSearch options(GeoSearchOptions newOptions) {
        return new GeoSearch(center, shape, newOptions);
    }

    /** This search, with each result's distance from the center, in the shape's unit ({@code WITHDIST}). */
    public GeoSearch withDistance() {
        return options(options.withDistance());
    }

    /** This search, with each result's position ({@code WITHCOORD}). */
    public GeoSearch withCoordinates() {
        return options(options.withCoordinates());
    }

    /** This search, nearest first ({@code ASC}). */
    public GeoSearch ascending() {
        return options(options.ascending());
    }

    /** This search, farthest first ({@code DESC}). */
    public GeoSearch descending() {
        return options(options.descending());
    }

    /** This search, returning at most the {@code count} nearest members ({@code COUNT n}). */
    public GeoSearch limit(int count) {
        return options(options.limit(count));
    }

    /** This search, returning the first {@code count} members found ({@code COUNT n ANY}). */
    public GeoSearch limitAny(int count) {
        return options(options.limitAny(count));
    }

    /** Where a search is centered: a member or a point; then give the shape. */
    public sealed interface Center permits FromMember, FromPoint {

        /**
         * Searches within {@code radius} of the center ({@code BYRADIUS}).
         *
         * @throws IllegalArgumentException when {@code radius} is negative or not a finite number
         */
        default GeoSearch byRadius(double radius, GeoUnit unit) {
            return new GeoSearch(this, new Radius(radius, unit), GeoSearchOptions.defaults());
        }

        /**
         * Searches within an axis-aligned box of {@code width} by {@code height} around the center ({@code BYBOX}).
         *
         * @throws IllegalArgumentException when a side is negative or not a finite number
         */
        default GeoSearch byBox(double width, double height, GeoUnit unit) {
            return new GeoSearch(this, new Box(width, height, unit), GeoSearchOptions.defaults());
        }
    }

    /**
     * The center is a member of the index; searching from a member that is not in it is a Redis error.
     *
     * @param member the member
     */
    public record FromMember(String member) implements Center {
        /** Checks the member. */
        public FromMember {
            if (member == null) {
                throw new IllegalArgumentException("center member is null: give the member to search around");
            }
        }
    }

    /**
     * The center is a point.
     *
     * @param point the point
     */
    public record FromPoint(GeoPoint point) implements Center {
        /** Checks the point. */
        public FromPoint {
            if (point == null) {
                throw new IllegalArgumentException("center point is null: give the point to search around");
            }
        }
    }

    /** The area searched; distances in the results are in its {@link #unit()}. */
    public sealed interface Shape permits Radius, Box {
        /** The unit of the shape's size, and of the distances in the results. */
        GeoUnit unit();
    }

    /**
     * A circle around the center.
     *
     * @param radius the radius, in {@code unit}
     * @param unit   the unit
     */
    public record Radius(double radius, GeoUnit unit) implements Shape {
        /** Checks the radius. */
        public Radius {
            requireSize("radius", radius, unit);
        }
    }

    /**
     * A box around the center, aligned with the meridians and parallels.
     *
     * @param width  the east-west side, in {@code unit}
     * @param height the north-south side, in {@code unit}
     * @param unit   the unit
     */
    public record Box(double width, double height, GeoUnit unit) implements Shape {
        /** Checks the sides. */
        public Box {
            requireSize("width", width, unit);
            requireSize("height", height, unit);
        }
    }

    private static void requireSize(String name, double size, GeoUnit unit) {
        if (!(size >= 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException(name + " " + size + " is invalid: it must be a finite number >= 0");
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit of " + name + " " + size + " is null: give a GeoUnit");
        }
    }
}
