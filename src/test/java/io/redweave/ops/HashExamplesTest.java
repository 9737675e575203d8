package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.codec.TypeRef;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/operations/hashes.md}, run against a real Redis. */
@RedisTest
class HashExamplesTest {
    record Venue(String id, String name) {
    }

    record Seat(String row, int number) {
    }

    private final RedisServer server;
    private RedWeave redweave;
    private HashOperations hashes;

    HashExamplesTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        hashes = HashOperationsContract.hashes(redweave);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void docsPage_showsTheseExamples() {
        HashListDocs.assertInSync("docs/operations/hashes.md", HashExamplesTest.class);
    }

    @Test
    void fields() {
        // example: hash-fields
        hashes.hset("event:42", "name", "Jazz Night");
        hashes.hset("event:42", "venue", new Venue("v-1", "Blue Hall"));
        hashes.hmset("event:42", Map.of("capacity", 300, "code", "0042"));     // one HSET, 2 new fields

        Optional<String> name = hashes.hget("event:42", "name", String.class);
        Optional<Venue> venue = hashes.hget("event:42", "venue", Venue.class);
        String code = hashes.hget("event:42", "code", String.class).orElseThrow(); // "0042": still a string
        // end
        assertThat(name).contains("Jazz Night");
        assertThat(venue).contains(new Venue("v-1", "Blue Hall"));
        assertThat(code).isEqualTo("0042");
    }

    @Test
    void counters() {
        // example: hash-counters
        Map<String, Long> before = hashes.hgetall("counters:42", Long.class);    // {} while the hash is missing
        long sold = hashes.hincrby("counters:42", "sold", 2);                     // 2
        double revenue = hashes.hincrbyfloat("counters:42", "revenue", 99.5);    // 99.5
        List<Optional<Long>> both = hashes.hmget("counters:42", List.of("sold", "refunds"), Long.class);
        // end
        assertThat(before).isEmpty();
        assertThat(sold).isEqualTo(2);
        assertThat(revenue).isEqualTo(99.5);
        assertThat(both).containsExactly(Optional.of(2L), Optional.empty());
    }

    @Test
    void generics() {
        // example: hash-generic
        TypeRef<List<Seat>> seats = new TypeRef<>() { };
        hashes.hset("venue:v-1", "row-a", List.of(new Seat("A", 1), new Seat("A", 2)));
        List<Seat> rowA = hashes.hget("venue:v-1", "row-a", seats).orElse(List.of());
        // end
        assertThat(rowA).containsExactly(new Seat("A", 1), new Seat("A", 2));
    }

    @Test
    void malformed() {
        redweave.client().hset("event:42", "venue", "written by someone else");
        Optional<Venue> result = Optional.empty();
        // example: hash-malformed
        try {
            result = hashes.hget("event:42", "venue", Venue.class);
        } catch (MalformedValueException e) {
            // e.key() "event:42", e.location() "field 'venue'", e.reason(), e.payload()
            hashes.hdel(e.key(), "venue");
        }
        // end
        assertThat(result).isEmpty();
        assertThat(hashes.hexists("event:42", "venue")).isFalse();
    }
}
