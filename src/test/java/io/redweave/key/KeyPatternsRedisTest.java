package io.redweave.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** The pattern helpers against a real Redis: scan with the glob, keep what {@code matches}. */
@RedisTest
class KeyPatternsRedisTest {
    private final KeyBuilder keys = KeyBuilder.withNamespace("kp");
    private Jedis jedis;

    @BeforeEach
    void connect(RedisServer redis) {
        jedis = new Jedis(redis.host(), redis.port());
        redis.flushAll();
    }

    @AfterEach
    void close() {
        jedis.close();
    }

    @Test
    void allSessions_scannedAndFiltered_findsSessionsButNoSummaries() {
        for (String id : List.of("s1", "s2", "summary", "*", "a:b")) {
            jedis.set(keys.session(id), "session");
            jedis.set(keys.sessionSummary(id), "summary");
        }
        KeyPattern pattern = keys.patterns().allSessions();

        List<String> found = scan(pattern.glob()).stream().filter(pattern::matches).toList();

        assertThat(found).hasSize(5).allSatisfy(key -> assertThat(jedis.get(key)).isEqualTo("session"));
        assertThat(scan(keys.patterns().allSessionSummaries().glob())).hasSize(5)
                .allSatisfy(key -> assertThat(jedis.get(key)).isEqualTo("summary"));
    }

    @Test
    void cacheByType_globType_matchesNothingElse() {
        jedis.set(keys.cacheUser("u1"), "1");
        jedis.set(keys.cacheVenue("v1"), "1");
        jedis.set(keys.cache("*", "x"), "1");

        assertThat(scan(keys.patterns().cacheByType("*").glob())).containsExactly(keys.cache("*", "x"));
        assertThat(scan(keys.patterns().allCache().glob())).hasSize(3);
    }

    private List<String> scan(String match) {
        List<String> found = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(match).count(100));
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return found;
    }
}
