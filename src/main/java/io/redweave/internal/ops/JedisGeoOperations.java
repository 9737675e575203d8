package io.redweave.internal.ops;

import io.redweave.internal.RedisContext;
import io.redweave.internal.RedisErrors;
import io.redweave.ops.GeoDistance;
import io.redweave.ops.GeoLocation;
import io.redweave.ops.GeoOperations;
import io.redweave.ops.GeoPoint;
import io.redweave.ops.GeoResult;
import io.redweave.ops.GeoSearch;
import io.redweave.ops.GeoSearchOptions;
import io.redweave.ops.GeoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.GeoCoordinate;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.GeoSearchParam;
import redis.clients.jedis.resps.GeoRadiusResponse;

/**
 * The {@link GeoOperations} over Jedis's geo commands. Members are plain strings, so the string commands are used.
 *
 * <p>Implementation note: every search, including the seed library's {@code georadius} and
 * {@code georadiusByMember}, is one {@code GEOSEARCH}; the distances Redis returns are already in the unit of the
 * search's shape, and are labelled with that unit (the seed library labelled them with another).
 */
public final class JedisGeoOperations implements GeoOperations {

    private final UnifiedJedis client;

    /** Creates the geo operations of one RedWeave instance. */
    public JedisGeoOperations(RedisContext context) {
        this.client = context.client();
    }

    @Override
    public long geoadd(String key, double longitude, double latitude, String member) {
        return geoadd(key, List.of(GeoLocation.of(member, longitude, latitude)));
    }

    @Override
    public long geoadd(String key, Collection<GeoLocation> locations) {
        requireKey(key);
        if (locations == null) {
            throw new IllegalArgumentException("locations is null: pass a collection of GeoLocation (it may be"
                    + " empty)");
        }
        Map<String, GeoCoordinate> coordinates = new LinkedHashMap<>();
        for (GeoLocation location : locations) {
            if (location == null) {
                throw new IllegalArgumentException("a location of '" + key + "' is null: every location must be"
                        + " given");
            }
            coordinates.put(location.member(), new GeoCoordinate(location.longitude(), location.latitude()));
        }
        if (coordinates.isEmpty()) {
            return 0;
        }
        return RedisErrors.call("GEOADD", key, () -> client.geoadd(key, coordinates));
    }

    @Override
    public List<Optional<GeoLocation>> geopos(String key, String... members) {
        requireKey(key);
        requireMembers(members);
        if (members.length == 0) {
            return List.of();
        }
        List<GeoCoordinate> positions = RedisErrors.call("GEOPOS", key, () -> client.geopos(key, members));
        List<Optional<GeoLocation>> result = new ArrayList<>(members.length);
        for (int i = 0; i < members.length; i++) {
            GeoCoordinate position = positions.get(i);
            result.add(position == null ? Optional.empty()
                    : Optional.of(new GeoLocation(members[i], point(position))));
        }
        return List.copyOf(result);
    }

    @Override
    public Optional<GeoDistance> geodist(String key, String member1, String member2) {
        return geodist(key, member1, member2, GeoUnit.METERS);
    }

    @Override
    public Optional<GeoDistance> geodist(String key, String member1, String member2, GeoUnit unit) {
        requireKey(key);
        requireMembers(member1, member2);
        if (unit == null) {
            throw new IllegalArgumentException("unit is null: give the GeoUnit the distance should be in");
        }
        Double distance = RedisErrors.call("GEODIST", key,
                () -> client.geodist(key, member1, member2, jedisUnit(unit)));
        return distance == null ? Optional.empty() : Optional.of(new GeoDistance(distance, unit));
    }

    @Override
    public List<GeoResult> geosearch(String key, GeoSearch search) {
        requireKey(key);
        if (search == null) {
            throw new IllegalArgumentException("search is null: build one with GeoSearch.fromMember(...) or"
                    + " GeoSearch.fromPoint(...)");
        }
        GeoUnit unit = search.shape().unit();
        GeoSearchOptions options = search.options();
        List<GeoRadiusResponse> found = RedisErrors.call("GEOSEARCH", key,
                () -> client.geosearch(key, param(search)));
        List<GeoResult> results = new ArrayList<>(found.size());
        for (GeoRadiusResponse item : found) {
            results.add(new GeoResult(item.getMemberByString(),
                    options.includeDistance() ? Optional.of(new GeoDistance(item.getDistance(), unit))
                            : Optional.empty(),
                    options.includeCoordinates() ? Optional.of(point(item.getCoordinate())) : Optional.empty()));
        }
        return List.copyOf(results);
    }

    @Override
    public List<Optional<String>> geohash(String key, String... members) {
        requireKey(key);
        requireMembers(members);
        if (members.length == 0) {
            return List.of();
        }
        List<String> hashes = RedisErrors.call("GEOHASH", key, () -> client.geohash(key, members));
        List<Optional<String>> result = new ArrayList<>(hashes.size());
        hashes.forEach(hash -> result.add(Optional.ofNullable(hash)));
        return List.copyOf(result);
    }

    @Override
    public long georem(String key, String... members) {
        requireKey(key);
        requireMembers(members);
        if (members.length == 0) {
            return 0;
        }
        return RedisErrors.call("ZREM", key, () -> client.zrem(key, members));
    }

    private static GeoSearchParam param(GeoSearch search) {
        GeoSearchParam param = GeoSearchParam.geoSearchParam();
        if (search.center() instanceof GeoSearch.FromMember from) {
            param.fromMember(from.member());
        } else {
            GeoPoint point = ((GeoSearch.FromPoint) search.center()).point();
            param.fromLonLat(point.longitude(), point.latitude());
        }
        if (search.shape() instanceof GeoSearch.Radius radius) {
            param.byRadius(radius.radius(), jedisUnit(radius.unit()));
        } else {
            GeoSearch.Box box = (GeoSearch.Box) search.shape();
            param.byBox(box.width(), box.height(), jedisUnit(box.unit()));
        }
        GeoSearchOptions options = search.options();
        if (options.includeDistance()) {
            param.withDist();
        }
        if (options.includeCoordinates()) {
            param.withCoord();
        }
        if (options.order() == GeoSearchOptions.Order.ASCENDING) {
            param.asc();
        } else if (options.order() == GeoSearchOptions.Order.DESCENDING) {
            param.desc();
        }
        if (options.count() > 0) {
            param.count(options.count()); // not count(n, any): Jedis 8.0.2 sets ANY whatever the flag says
            if (options.any()) {
                param.any();
            }
        }
        return param;
    }

    /** A position from Redis; Redis only stores positions within {@link GeoPoint}'s range. */
    private static GeoPoint point(GeoCoordinate coordinate) {
        return new GeoPoint(coordinate.getLongitude(), coordinate.getLatitude());
    }

    private static redis.clients.jedis.args.GeoUnit jedisUnit(GeoUnit unit) {
        switch (unit) {
            case KILOMETERS:
                return redis.clients.jedis.args.GeoUnit.KM;
            case MILES:
                return redis.clients.jedis.args.GeoUnit.MI;
            case FEET:
                return redis.clients.jedis.args.GeoUnit.FT;
            default:
                return redis.clients.jedis.args.GeoUnit.M;
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key " + (key == null ? "null" : "''") + " is invalid: give the full"
                    + " Redis key, such as redweave.keys().build(\"venues\", city)");
        }
    }

    private static void requireMembers(String... members) {
        if (members == null) {
            throw new IllegalArgumentException("members is null: pass the members (possibly none)");
        }
        for (int i = 0; i < members.length; i++) {
            if (members[i] == null) {
                throw new IllegalArgumentException("geo member " + (i + 1) + " of " + members.length + " is null:"
                        + " every member must be given");
            }
        }
    }
}
