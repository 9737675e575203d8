package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/operations/geo.md}, run against a real Redis: each block between
 * {@code // example: name} and {@code // end} is the text of the doc's block after {@code <!-- example: name -->}.
 */
@RedisTest
class GeoExamplesTest {
    private final RedisServer server;
    private RedWeave redweave;
    private GeoOperations geo;

    GeoExamplesTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        geo = GeoOperationsContract.geo(redweave);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void docs_showExactlyTheseExamples() {
        GeoStreamDocs.assertShowsExamplesOf("docs/operations/geo.md",
                "src/test/java/io/redweave/ops/GeoExamplesTest.java", 3);
    }

    @Test
    void addAndSearch() {
        // example: add-search
        String venues = redweave.keys().build("venues", "sicily");      // [namespace:]venues:sicily
        geo.geoadd(venues, 13.361389, 38.115556, "Palermo");
        geo.geoadd(venues, List.of(GeoLocation.of("Catania", 15.087269, 37.502669)));

        List<GeoResult> near = geo.geosearch(venues, GeoSearch.fromPoint(15, 37)
                .byRadius(200, GeoUnit.KILOMETERS)
                .withDistance()
                .ascending()
                .limit(5));
        GeoResult nearest = near.get(0);                                  // Catania
        double km = nearest.distance().orElseThrow().value();            // 56.44, in km: the unit of the radius
        // end
        assertThat(nearest.member()).isEqualTo("Catania");
        assertThat(km).isCloseTo(56.4413, within(0.001));
        assertThat(near).hasSize(2);
    }

    @Test
    void distancesInUnits() {
        geo.geoadd("venues:sicily", List.of(GeoLocation.of("Palermo", 13.361389, 38.115556),
                GeoLocation.of("Catania", 15.087269, 37.502669)));
        // example: units
        Optional<GeoDistance> miles = geo.geodist("venues:sicily", "Palermo", "Catania", GeoUnit.MILES);
        double value = miles.orElseThrow().value();                          // 103.32
        GeoUnit unit = miles.orElseThrow().unit();                           // MILES
        double km = miles.orElseThrow().in(GeoUnit.KILOMETERS);              // 166.27
        // end
        assertThat(value).isCloseTo(103.3182, within(0.001));
        assertThat(unit).isEqualTo(GeoUnit.MILES);
        assertThat(km).isCloseTo(166.2742, within(0.001));
    }

    @Test
    void seedStyleRadius() {
        geo.geoadd("venues:sicily", List.of(GeoLocation.of("Palermo", 13.361389, 38.115556),
                GeoLocation.of("Catania", 15.087269, 37.502669)));
        // example: radius
        List<GeoResult> around = geo.georadiusByMember("venues:sicily", "Palermo", 200, GeoUnit.KILOMETERS,
                GeoSearchOptions.defaults().withDistance().withCoordinates().ascending());
        List<Optional<String>> hashes = geo.geohash("venues:sicily", "Palermo", "Atlantis");
        long removed = geo.georem("venues:sicily", "Palermo");               // ZREM: Redis has no GEOREM
        // end
        assertThat(around).extracting(GeoResult::member).containsExactly("Palermo", "Catania");
        assertThat(hashes).containsExactly(Optional.of("sqc8b49rny0"), Optional.empty());
        assertThat(removed).isEqualTo(1);
    }
}
