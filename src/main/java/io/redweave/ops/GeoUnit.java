package io.redweave.ops;

/**
 * A unit of distance of the geo commands, with its Redis name and its length in meters (Redis's own factors).
 */
public enum GeoUnit {
    /** Meters, {@code m}. */
    METERS("m", 1.0),
    /** Kilometers, {@code km}. */
    KILOMETERS("km", 1000.0),
    /** International miles as Redis counts them, {@code mi}: 1609.34 m. */
    MILES("mi", 1609.34),
    /** Feet, {@code ft}: 0.3048 m. */
    FEET("ft", 0.3048);

    private final String redisName;
    private final double meters;

    GeoUnit(String redisName, double meters) {
        this.redisName = redisName;
        this.meters = meters;
    }

    /** The unit's name in Redis commands: {@code m}, {@code km}, {@code mi} or {@code ft}. */
    public String redisName() {
        return redisName;
    }

    /** How many meters one of this unit is. */
    public double meters() {
        return meters;
    }

    /** Converts {@code value}, measured in this unit, to {@code target}. */
    public double convert(double value, GeoUnit target) {
        return target == this ? value : value * meters / target.meters;
    }
}
