package io.redweave.ops;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Operations on Redis geo indexes (sorted sets of positions): the counterpart of the seed library's geo module, on
 * {@code GEOSEARCH}.
 *
 * <pre>{@code
 * GeoOperations geo = redweave.geo();
 * geo.geoadd("venues", 13.361389, 38.115556, "Palermo");
 * List<GeoResult> near = geo.geosearch("venues",
 *         GeoSearch.fromPoint(15, 37).byRadius(200, GeoUnit.KILOMETERS).withDistance().ascending());
 * near.get(0).distance();   // Optional[GeoDistance[value=56.44, unit=KILOMETERS]]
 * }</pre>
 *
 * <p><b>Keys and members.</b> Keys are full Redis keys, used as given (build them with {@code redweave.keys()});
 * members are plain strings, as in the seed library, and are not encoded by the codec. A null or empty key, or a
 * null member, is an {@link IllegalArgumentException}; so is a position outside Redis's range
 * ({@link GeoPoint}).
 *
 * <p><b>Units.</b> Every distance comes back as a {@link GeoDistance} in the unit the caller asked for: the unit of
 * {@link #geodist}, or the unit of the search's radius or box.
 *
 * <p><b>Searches.</b> {@link #georadius} and {@link #georadiusByMember} keep the seed library's signatures but run
 * {@code GEOSEARCH} ({@code GEORADIUS} and {@code GEORADIUSBYMEMBER} are deprecated since Redis 6.2).
 *
 * <p><b>Failures.</b> A Redis failure is a {@link io.redweave.RedisConnectionException} or a
 * {@link io.redweave.RedisOperationException} naming the command and the key (such as {@code WRONGTYPE}, or a search
 * from a member that is not in the index). Implementations are thread-safe.
 */
public interface GeoOperations {

    /** Adds or moves one member ({@code GEOADD}); returns 1 when it is new, 0 when it was moved or unchanged. */
    long geoadd(String key, double longitude, double latitude, String member);

    /**
     * Adds or moves several members in one command ({@code GEOADD key lon lat m ...}); returns how many are new.
     * An empty collection sends nothing and returns 0. The seed library's {@code geoaddMulti}.
     */
    long geoadd(String key, Collection<GeoLocation> locations);

    /**
     * The positions of members ({@code GEOPOS}), in the order asked; a member that is not in the index is empty.
     * No members sends nothing and returns an empty list.
     */
    List<Optional<GeoLocation>> geopos(String key, String... members);

    /** The distance between two members in meters ({@code GEODIST}); empty when either is not in the index. */
    Optional<GeoDistance> geodist(String key, String member1, String member2);

    /**
     * The distance between two members, in {@code unit} ({@code GEODIST ... unit}); empty when either is not in
     * the index.
     */
    Optional<GeoDistance> geodist(String key, String member1, String member2, GeoUnit unit);

    /**
     * The members within {@code radius} of a point, in Redis's order ({@code GEOSEARCH FROMLONLAT BYRADIUS}).
     * The seed library's {@code georadius}, without {@code GEORADIUS}.
     */
    default List<GeoResult> georadius(String key, double longitude, double latitude, double radius, GeoUnit unit) {
        return georadius(key, longitude, latitude, radius, unit, GeoSearchOptions.defaults());
    }

    /**
     * The members within {@code radius} of a point ({@code GEOSEARCH FROMLONLAT BYRADIUS}); distances come back in
     * {@code unit}.
     */
    default List<GeoResult> georadius(String key, double longitude, double latitude, double radius, GeoUnit unit,
            GeoSearchOptions options) {
        return geosearch(key, GeoSearch.fromPoint(longitude, latitude).byRadius(radius, unit).options(options));
    }

    /** The members within {@code radius} of a member, in Redis's order ({@code GEOSEARCH FROMMEMBER BYRADIUS}). */
    default List<GeoResult> georadiusByMember(String key, String member, double radius, GeoUnit unit) {
        return georadiusByMember(key, member, radius, unit, GeoSearchOptions.defaults());
    }

    /**
     * The members within {@code radius} of a member, the member itself included
     * ({@code GEOSEARCH FROMMEMBER BYRADIUS}); distances come back in {@code unit}.
     */
    default List<GeoResult> georadiusByMember(String key, String member, double radius, GeoUnit unit,
            GeoSearchOptions options) {
        return geosearch(key, GeoSearch.fromMember(member).byRadius(radius, unit).options(options));
    }

    /**
     * The members in the search's area ({@code GEOSEARCH}); each result carries its distance (in the unit of the
     * search's shape) and its position when the search asks for them. A missing key gives an empty list.
     */
    List<GeoResult> geosearch(String key, GeoSearch search);

    /**
     * The 11-character geohashes of members ({@code GEOHASH}), in the order asked; a member that is not in the
     * index is empty. No members sends nothing and returns an empty list.
     */
    List<Optional<String>> geohash(String key, String... members);

    /**
     * Removes members ({@code ZREM}: Redis has no {@code GEOREM}); returns how many were removed. No members
     * sends nothing and returns 0.
     */
    long georem(String key, String... members);
}
