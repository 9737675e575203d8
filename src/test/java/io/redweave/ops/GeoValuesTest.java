package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The geo value types: units, points, distances and searches, without Redis. */
class GeoValuesTest {

    @Test
    void geoUnit_namesAndFactorsAreRedisOnes() {
        assertThat(GeoUnit.METERS.redisName()).isEqualTo("m");
        assertThat(GeoUnit.KILOMETERS.redisName()).isEqualTo("km");
        assertThat(GeoUnit.MILES.redisName()).isEqualTo("mi");
        assertThat(GeoUnit.FEET.redisName()).isEqualTo("ft");
        assertThat(GeoUnit.MILES.convert(1, GeoUnit.METERS)).isEqualTo(1_609.34);
        assertThat(GeoUnit.KILOMETERS.convert(1, GeoUnit.FEET)).isCloseTo(3_280.84, within(0.01));
        assertThat(GeoUnit.FEET.convert(7, GeoUnit.FEET)).isEqualTo(7);
    }

    @Test
    void geoDistance_convertsBetweenUnits() {
        GeoDistance distance = new GeoDistance(166.2742, GeoUnit.KILOMETERS);

        assertThat(distance.to(GeoUnit.METERS).unit()).isEqualTo(GeoUnit.METERS);
        assertThat(distance.to(GeoUnit.METERS).value()).isCloseTo(166_274.2, within(0.001));
        assertThat(distance.in(GeoUnit.MILES)).isCloseTo(103.3182, within(0.001));
        assertThatThrownBy(() -> new GeoDistance(-1, GeoUnit.METERS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoDistance(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void geoPoint_acceptsRedisRange_andRejectsTheRest() {
        assertThat(GeoPoint.of(-180, -85.05112878)).isEqualTo(new GeoPoint(-180, -85.05112878));
        assertThatThrownBy(() -> GeoPoint.of(180.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longitude 180.5");
        assertThatThrownBy(() -> GeoPoint.of(0, -86)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latitude -86.0");
        assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoLocation.of(null, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member");
    }

    @Test
    void geoSearch_buildsCenterShapeAndOptions() {
        GeoSearch search = GeoSearch.fromMember("Palermo").byBox(10, 20, GeoUnit.MILES).withDistance()
                .withCoordinates().descending().limitAny(3);

        assertThat(search.center()).isEqualTo(new GeoSearch.FromMember("Palermo"));
        assertThat(search.shape()).isEqualTo(new GeoSearch.Box(10, 20, GeoUnit.MILES));
        assertThat(search.shape().unit()).isEqualTo(GeoUnit.MILES);
        assertThat(search.options()).isEqualTo(new GeoSearchOptions(true, true, GeoSearchOptions.Order.DESCENDING,
                3, true));
        assertThat(GeoSearch.fromPoint(GeoPoint.of(1, 2)).byRadius(5, GeoUnit.METERS).ascending().limit(2).options())
                .isEqualTo(new GeoSearchOptions(false, false, GeoSearchOptions.Order.ASCENDING, 2, false));
    }

    @Test
    void geoSearch_rejectsInvalidShapesAndOptions() {
        assertThatThrownBy(() -> GeoSearch.fromPoint(0, 0).byBox(1, Double.POSITIVE_INFINITY, GeoUnit.METERS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("height");
        assertThatThrownBy(() -> GeoSearch.fromPoint(0, 0).byRadius(1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> GeoSearch.fromMember(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoSearchOptions(false, false, GeoSearchOptions.Order.UNSORTED, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ANY needs a count");
    }
}
