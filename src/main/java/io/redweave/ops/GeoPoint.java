package io.redweave.ops;

/**
 * A position on Earth as Redis's geo index stores it: longitude and latitude in degrees.
 *
 * <p>Redis accepts longitudes from -180 to 180 and latitudes from -85.05112878 to 85.05112878 (the limits of the
 * Web Mercator projection it indexes with); a point outside them is rejected here, before anything is sent.
 * Positions read back from Redis are those of the 52-bit geohash, so they differ from what was written by up to
 * about a meter.
 *
 * @param longitude degrees east, from -180 to 180
 * @param latitude  degrees north, from -85.05112878 to 85.05112878
 */
public record GeoPoint(double longitude, double latitude) {
    /** The largest longitude Redis accepts, in degrees. */
    public static final double MAX_LONGITUDE = 180;
    /** The largest latitude Redis accepts, in degrees (the Web Mercator limit). */
    public static final double MAX_LATITUDE = 85.05112878;

    /**
     * Validates the coordinates.
     *
     * @throws IllegalArgumentException when a coordinate is out of Redis's range, or not a number
     */
    public GeoPoint {
        if (!(longitude >= -MAX_LONGITUDE && longitude <= MAX_LONGITUDE)) {
            throw new IllegalArgumentException("longitude " + longitude + " is invalid: it must be between -180 and"
                    + " 180 degrees");
        }
        if (!(latitude >= -MAX_LATITUDE && latitude <= MAX_LATITUDE)) {
            throw new IllegalArgumentException("latitude " + latitude + " is invalid: it must be between "
                    + -MAX_LATITUDE + " and " + MAX_LATITUDE + " degrees (the range Redis can index)");
        }
    }

    /** The point at {@code longitude}, {@code latitude} (Redis's order: longitude first). */
    public static GeoPoint of(double longitude, double latitude) {
        return new GeoPoint(longitude, latitude);
    }
}
