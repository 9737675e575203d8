package io.redweave.template;

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

/** Rendered keys and patterns against a real Redis: a hostile argument matches its own keys, never others'. */
@RedisTest
class PatternScanRedisTest {
    private static final List<String> IDS = List.of("1", "2", "12", "*", "?", "[12]", "a:b", "{x}", "a\\*", "\r\n");

    private final BoundTemplate key = KeyTemplate.parse("tpl:user:{id}:profile", TemplateKind.KEY)
            .bind(List.of("id"), 1).bound();
    private final BoundTemplate pattern = KeyTemplate.parse("tpl:user:{id}:*", TemplateKind.PATTERN)
            .bind(List.of("id"), 1).bound();
    private Jedis jedis;

    @BeforeEach
    void writeOneKeyPerUser(RedisServer redis) {
        jedis = new Jedis(redis.host(), redis.port());
        redis.flushAll();
        for (String id : IDS) {
            jedis.set(key.render(id), id);
        }
    }

    @AfterEach
    void close() {
        jedis.close();
    }

    @Test
    void scan_patternRenderedFromEveryHostileId_matchesOnlyThatUsersKey() {
        for (String id : IDS) {
            List<String> found = scan(pattern.renderPattern(id));

            assertThat(found).as("pattern for id %s", id).containsExactly(key.render(id));
            assertThat(jedis.get(found.get(0))).isEqualTo(id);
        }
    }

    @Test
    void render_everyHostileId_givesADistinctKey() {
        assertThat(jedis.dbSize()).isEqualTo(IDS.size());
    }

    private List<String> scan(String match) {
        List<String> keys = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(match).count(100));
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys;
    }
}
