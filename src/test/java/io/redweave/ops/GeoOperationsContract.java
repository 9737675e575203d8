package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every geo operation against a real Redis, with the positions and distances of Redis's own documentation (Palermo
 * and Catania); {@link GeoStandaloneTest} runs it on one server and {@link GeoClusterTest} on a 3-master cluster.
 */
abstract class GeoOperationsContract {
    static final GeoLocation PALERMO = GeoLocation.of("Palermo", 13.361389, 38.115556);
    static final GeoLocation CATANIA = GeoLocation.of("Catania", 15.087269, 37.502669);
    static final GeoLocation EDGE1 = GeoLocation.of("edge1", 12.758489, 38.788135);
    static final GeoLocation EDGE2 = GeoLocation.of("edge2", 17.241510, 38.788135);
    /** Distances are exact to a hundredth of a percent: Redis computes them from 52-bit geohashes. */
    static final Percentage CLOSE = Percentage.withPercentage(0.01);
    static final Offset<Double> POSITION = within(0.00001);

    RedWeave redweave;
    GeoOperations geo;
    UnifiedJedis client;

    /** The configuration of the server or cluster under test. */
    abstract RedisConfig config();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The geo operations of a RedWeave instance: the one place that says how a test obtains them. */
    static GeoOperations geo(RedWeave redweave) {
        return redweave.geo();
    }

    @BeforeEach
    void open() {
        flushAll();
        redweave = RedWeave.builder().config(config()).build();
        geo = geo(redweave);
        client = redweave.client();
        geo.geoadd("sicily", List.of(PALERMO, CATANIA));
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void geoadd_newMember_isOne_andMovingItIsZero() {
        assertThat(geo.geoadd("venues", 2.2945, 48.8584, "tower")).isEqualTo(1);
        assertThat(geo.geoadd("venues", 2.2950, 48.8590, "tower")).isZero();

        assertThat(geo.geopos("venues", "tower").get(0).orElseThrow().longitude()).isCloseTo(2.2950, POSITION);
    }

    @Test
    void geoaddMulti_countsNewMembers_andAnEmptyCollectionSendsNothing() {
        assertThat(geo.geoadd("sicily", List.of(PALERMO, EDGE1, EDGE2))).isEqualTo(2);
        assertThat(geo.geoadd("sicily", List.of())).isZero();
        assertThat(client.zcard("sicily")).isEqualTo(4);
    }

    @Test
    void geopos_returnsPositionsInOrder_andEmptyForMissingMembers() {
        List<Optional<GeoLocation>> positions = geo.geopos("sicily", "Catania", "Atlantis", "Palermo");

        assertThat(positions).hasSize(3);
        GeoLocation catania = positions.get(0).orElseThrow();
        assertThat(catania.member()).isEqualTo("Catania");
        assertThat(catania.longitude()).isCloseTo(CATANIA.longitude(), POSITION);
        assertThat(catania.latitude()).isCloseTo(CATANIA.latitude(), POSITION);
        assertThat(positions.get(1)).isEmpty();
        assertThat(positions.get(2).orElseThrow().member()).isEqualTo("Palermo");
        assertThat(geo.geopos("sicily")).isEmpty();
        assertThat(geo.geopos("nowhere", "Palermo")).containsExactly(Optional.empty());
    }

    @Test
    void geodist_isInTheUnitAskedFor() {
        assertThat(geo.geodist("sicily", "Palermo", "Catania").orElseThrow())
                .satisfies(d -> assertThat(d.unit()).isEqualTo(GeoUnit.METERS))
                .satisfies(d -> assertThat(d.value()).isCloseTo(166_274.1516, CLOSE));
        assertDistance(geo.geodist("sicily", "Palermo", "Catania", GeoUnit.KILOMETERS), 166.2742,
                GeoUnit.KILOMETERS);
        assertDistance(geo.geodist("sicily", "Palermo", "Catania", GeoUnit.MILES), 103.3182, GeoUnit.MILES);
        assertDistance(geo.geodist("sicily", "Palermo", "Catania", GeoUnit.FEET), 545_518.8700, GeoUnit.FEET);
        assertThat(geo.geodist("sicily", "Palermo", "Atlantis", GeoUnit.KILOMETERS)).isEmpty();
    }

    @Test
    void seedDefect21_geosearchDistances_comeBackInTheUnitOfTheSearch() {
        // The same pair, searched in three units: each distance is labelled and measured in the unit asked for.
        GeoSearch.Center center = GeoSearch.fromPoint(15, 37);
        GeoResult km = nearest(geo.geosearch("sicily", center.byRadius(100, GeoUnit.KILOMETERS).withDistance()));
        GeoResult m = nearest(geo.geosearch("sicily", center.byRadius(100_000, GeoUnit.METERS).withDistance()));
        GeoResult mi = nearest(geo.geosearch("sicily", center.byRadius(62, GeoUnit.MILES).withDistance()));

        assertDistance(km.distance(), 56.4413, GeoUnit.KILOMETERS);
        assertDistance(m.distance(), 56_441.3, GeoUnit.METERS);
        assertDistance(mi.distance(), 56_441.3 / 1_609.34, GeoUnit.MILES);
        assertThat(mi.distance().orElseThrow().in(GeoUnit.KILOMETERS)).isCloseTo(56.4413, CLOSE);
    }

    @Test
    void seedDefect21_georadius_reportsTheUnitArgument_notAnOptionsUnit() {
        List<GeoResult> found = geo.georadius("sicily", 15, 37, 200, GeoUnit.MILES,
                GeoSearchOptions.defaults().withDistance().ascending());

        assertThat(found).extracting(GeoResult::member).containsExactly("Catania", "Palermo");
        assertDistance(found.get(0).distance(), 35.0711, GeoUnit.MILES);
        assertDistance(found.get(1).distance(), 190.4424 * 1_000 / 1_609.34, GeoUnit.MILES);
    }

    @Test
    void georadius_withoutOptions_returnsMembersOnly() {
        List<GeoResult> found = geo.georadius("sicily", 15, 37, 100, GeoUnit.KILOMETERS);

        assertThat(found).singleElement().satisfies(result -> {
            assertThat(result.member()).isEqualTo("Catania");
            assertThat(result.distance()).isEmpty();
            assertThat(result.point()).isEmpty();
        });
    }

    @Test
    void georadiusByMember_includesTheMember_withDistancesAndCoordinates() {
        List<GeoResult> found = geo.georadiusByMember("sicily", "Palermo", 200, GeoUnit.KILOMETERS,
                GeoSearchOptions.defaults().withDistance().withCoordinates().descending());

        assertThat(found).extracting(GeoResult::member).containsExactly("Catania", "Palermo");
        assertDistance(found.get(0).distance(), 166.2742, GeoUnit.KILOMETERS);
        assertThat(found.get(1).distance().orElseThrow().value()).isZero();
        assertThat(found.get(0).point().orElseThrow().latitude()).isCloseTo(CATANIA.latitude(), POSITION);
        assertThat(geo.georadiusByMember("sicily", "Palermo", 1, GeoUnit.KILOMETERS))
                .extracting(GeoResult::member).containsExactly("Palermo");
    }

    @Test
    void geosearch_byBox_ordersAndLimitsResults() {
        geo.geoadd("sicily", List.of(EDGE1, EDGE2));
        GeoSearch box = GeoSearch.fromPoint(15, 37).byBox(400, 400, GeoUnit.KILOMETERS);

        List<GeoResult> ascending = geo.geosearch("sicily", box.withDistance().withCoordinates().ascending());
        List<GeoResult> nearestTwo = geo.geosearch("sicily", box.ascending().limit(2));
        List<GeoResult> farthest = geo.geosearch("sicily", box.descending().limit(1));
        List<GeoResult> anyTwo = geo.geosearch("sicily", box.limitAny(2));

        assertThat(ascending).extracting(GeoResult::member).containsExactly("Catania", "Palermo", "edge2", "edge1");
        assertDistance(ascending.get(2).distance(), 279.7403, GeoUnit.KILOMETERS);
        assertThat(ascending.get(3).point().orElseThrow().longitude()).isCloseTo(EDGE1.longitude(), POSITION);
        assertThat(nearestTwo).extracting(GeoResult::member).containsExactly("Catania", "Palermo");
        assertThat(farthest).extracting(GeoResult::member).containsExactly("edge1");
        assertThat(anyTwo).hasSize(2);
        assertThat(geo.geosearch("sicily", GeoSearch.fromPoint(15, 37).byRadius(200, GeoUnit.KILOMETERS)))
                .extracting(GeoResult::member).containsExactlyInAnyOrder("Catania", "Palermo");
    }

    @Test
    void geosearch_fromMember_byBox_andOnAMissingKey() {
        assertThat(geo.geosearch("sicily", GeoSearch.fromMember("Catania").byBox(10, 10, GeoUnit.KILOMETERS)))
                .extracting(GeoResult::member).containsExactly("Catania");
        assertThat(geo.geosearch("nowhere", GeoSearch.fromPoint(15, 37).byRadius(10, GeoUnit.KILOMETERS)))
                .isEmpty();
        assertThatThrownBy(() -> geo.geosearch("sicily",
                GeoSearch.fromMember("Atlantis").byRadius(10, GeoUnit.KILOMETERS)))
                .isInstanceOf(RedisOperationException.class).hasMessageContaining("GEOSEARCH")
                .hasMessageContaining("'sicily'");
    }

    @Test
    void geohash_returnsElevenCharacterHashes_andEmptyForMissingMembers() {
        assertThat(geo.geohash("sicily", "Palermo", "Atlantis", "Catania"))
                .containsExactly(Optional.of("sqc8b49rny0"), Optional.empty(), Optional.of("sqdtr74hyu0"));
        assertThat(geo.geohash("sicily")).isEmpty();
    }

    @Test
    void georem_removesMembersWithZrem_andNoMembersSendsNothing() {
        assertThat(geo.georem("sicily", "Palermo", "Atlantis")).isEqualTo(1);
        assertThat(geo.georem("sicily")).isZero();
        assertThat(geo.geopos("sicily", "Palermo")).containsExactly(Optional.empty());
        assertThat(client.zcard("sicily")).isEqualTo(1);
    }

    @Test
    void invalidArguments_areClearErrors_beforeAnythingIsSent() {
        assertThatThrownBy(() -> geo.geoadd("venues", 181, 0, "nowhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longitude 181.0");
        assertThatThrownBy(() -> geo.geoadd("venues", 0, 86, "pole"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latitude 86.0");
        assertThatThrownBy(() -> geo.geoadd("", 0, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key ''");
        assertThatThrownBy(() -> geo.geopos("sicily", "Palermo", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geo member 2 of 2 is null");
        assertThatThrownBy(() -> GeoSearch.fromPoint(15, 37).byRadius(-1, GeoUnit.KILOMETERS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radius -1.0");
        assertThatThrownBy(() -> GeoSearchOptions.defaults().limit(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 0");
        assertThat(client.exists("venues")).isFalse();
    }

    @Test
    void wrongType_isARedisOperationException_namingCommandAndKey() {
        client.set("plain", "value");

        assertThatThrownBy(() -> geo.geoadd("plain", 15, 37, "x")).isInstanceOf(RedisOperationException.class)
                .hasMessageContaining("GEOADD").hasMessageContaining("'plain'").hasMessageContaining("WRONGTYPE");
    }

    private static GeoResult nearest(List<GeoResult> results) {
        assertThat(results).extracting(GeoResult::member).containsExactly("Catania");
        return results.get(0);
    }

    private static void assertDistance(Optional<GeoDistance> distance, double expected, GeoUnit unit) {
        assertThat(distance).isPresent();
        assertThat(distance.get().unit()).isEqualTo(unit);
        assertThat(distance.get().value()).isCloseTo(expected, CLOSE);
    }
}
