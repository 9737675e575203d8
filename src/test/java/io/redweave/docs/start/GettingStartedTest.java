package io.redweave.docs.start;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the program of {@code docs/getting-started.md} and checks what it prints. */
@RedisTest
class GettingStartedTest {

    @Test
    void theProgram_missesOnce_thenHits_andRefusesTheSixthSearch(RedisServer server) throws Exception {
        server.flushAll();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build())
                .namespace("start").build()) {
            GettingStarted.run(redweave, new PrintStream(printed, true, StandardCharsets.UTF_8));
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("call 1: Opening night in ", "call 5: Opening night in ")
                .contains("database reads: 1")
                .containsPattern("stored at: start:cache:event:42, TTL (299|300) s")
                .contains("search refused: Rate limit exceeded for key 'search:alice': 5 of 5 used; retry after");
    }

    @Test
    void main_runsOnAFreshMachine_againstAnEmbeddedRedisOrRedisUrl(RedisServer server) throws Exception {
        server.flushAll();                         // main uses this server too when REDIS_URL is set
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            GettingStarted.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("database reads: 1", "search refused");
    }
}
