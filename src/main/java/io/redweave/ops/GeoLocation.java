package io.redweave.ops;

/**
 * A member of a geo index and its position: what {@code GEOADD} writes and {@code GEOPOS} reads.
 *
 * @param member the member, a plain string (as in the seed library; members are not encoded by the codec)
 * @param point  its position
 */
public record GeoLocation(String member, GeoPoint point) {

    /**
     * Validates the location.
     *
     * @throws IllegalArgumentException when {@code member} or {@code point} is null
     */
    public GeoLocation {
        if (member == null) {
            throw new IllegalArgumentException("geo member is null: every location needs a member name");
        }
        if (point == null) {
            throw new IllegalArgumentException("point of geo member '" + member + "' is null: give its position");
        }
    }

    /** The location of {@code member} at {@code longitude}, {@code latitude}. */
    public static GeoLocation of(String member, double longitude, double latitude) {
        return new GeoLocation(member, new GeoPoint(longitude, latitude));
    }

    /** The longitude, in degrees. */
    public double longitude() {
        return point.longitude();
    }

    /** The latitude, in degrees. */
    public double latitude() {
        return point.latitude();
    }
}
