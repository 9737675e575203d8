package io.redweave.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.internal.script.LuaScript;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round trips of the session manager, counted by a proxy in front of a real server, and the Lua code that writes
 * instants.
 */
@RedisTest
class SessionRoundTripTest {
    private final RedisServer server;

    SessionRoundTripTest(RedisServer server) {
        this.server = server;
        server.flushAll();
    }

    @Test
    void seedDefect18_getUserSessions_readsEverySessionInTwoRoundTrips() throws Exception {
        try (CountingProxy proxy = new CountingProxy(server.host(), server.port());
                RedWeave redweave = RedWeave.builder()
                        .config(RedisConfig.builder().host("127.0.0.1").port(proxy.port()).build()).build()) {
            SessionManager sessions = SessionContract.sessions(redweave,
                    SessionConfig.builder().unlimitedSessions().build());
            for (int i = 0; i < 30; i++) {
                sessions.createSession("s-" + i, "u1");
            }
            sessions.getUserSessions("u1");
            sessions.createSession("warm-up", "u2");
            sessions.deleteUserSessions("u2"); // every script is cached on the server from here on

            proxy.reset();
            List<SessionData> all = sessions.getUserSessions("u1");
            int listing = proxy.bursts();
            proxy.reset();
            sessions.getUserSessionCount("u1");
            int counting = proxy.bursts();
            proxy.reset();
            sessions.createSession("one-more", "u1");
            int creating = proxy.bursts();
            proxy.reset();
            long deleted = sessions.deleteUserSessions("u1");
            int deleting = proxy.bursts();

            assertThat(all).hasSize(30);
            assertThat(listing).as("round trips of getUserSessions with 30 sessions").isEqualTo(2);
            assertThat(counting).isEqualTo(1);
            assertThat(creating).isEqualTo(2);
            assertThat(deleted).isEqualTo(31);
            assertThat(deleting).isEqualTo(2);
        }
    }

    @Test
    void luaInstantText_isJavasInstantTextWithSixFractionDigits() {
        String source = LuaScript.fromResource("session-mutate").source();
        String function = source.substring(source.indexOf("-- iso:begin"), source.indexOf("-- iso:end"));
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2000-02-29T23:59:59.999999Z"),
                Instant.parse("1999-12-31T00:00:00Z"), Instant.parse("2024-03-01T00:00:00.000001Z"),
                Instant.parse("2100-03-01T12:34:56.5Z"), Instant.now().truncatedTo(ChronoUnit.MICROS)));
        for (long day = 0; day < 100_000; day += 997) { // up to 2243: microseconds stay exact in a Lua number
            instants.add(Instant.EPOCH.plus(day, ChronoUnit.DAYS).plusMillis(day * 7919 % 86_400_000));
        }
        List<String> args = new ArrayList<>();
        for (Instant instant : instants) {
            args.add(Long.toString(instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000));
        }
        LuaScript test = LuaScript.of("iso-test", function
                + "local out = {} for i = 1, #ARGV do out[i] = iso(tonumber(ARGV[i])) end return out");

        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build()) {
            List<?> texts = (List<?>) redweave.context().scripts().run(test, List.of(), args);
            for (int i = 0; i < instants.size(); i++) {
                assertThat(Instant.parse((String) texts.get(i))).isEqualTo(instants.get(i));
                assertThat((String) texts.get(i)).hasSize(27);
            }
        }
    }
}
