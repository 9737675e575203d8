package io.redweave.ops;

/**
 * A distance and the unit it is measured in: always the unit the caller asked for (the seed library reported
 * another one).
 *
 * @param value the distance, in {@code unit}
 * @param unit  the unit of {@code value}
 */
public record GeoDistance(double value, GeoUnit unit) {

    /**
     * Validates the distance.
     *
     * @throws IllegalArgumentException when {@code unit} is null, or {@code value} is negative or not a number
     */
    public GeoDistance {
        if (unit == null) {
            throw new IllegalArgumentException("unit of distance " + value + " is null: give a GeoUnit");
        }
        if (!(value >= 0)) {
            throw new IllegalArgumentException("distance " + value + " is invalid: it must be a number >= 0");
        }
    }

    /** This distance in another unit. */
    public GeoDistance to(GeoUnit target) {
        return new GeoDistance(unit.convert(value, target), target);
    }

    /** This distance in {@code target} units, as a number. */
    public double in(GeoUnit target) {
        return unit.convert(value, target);
    }
}
