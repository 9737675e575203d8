package io.redweave.docs.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.docs.DocSnippets;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code docs/migration.md} promises beyond its examples: every section of the TypeScript library's guide is
 * redone, every function of its checklist has a row, each error message the troubleshooting section quotes is the
 * one RedWeave gives, and the health check answers as shown.
 */
@RedisTest
class MigrationGuideTest {
    private static final String PAGE = "docs/migration.md";

    @AfterEach
    void shutdown() {
        RedWeave.shutdown();
    }

    @Test
    void everySectionOfTheTypeScriptGuide_isRedoneForJava() {
        List<String> headings = DocSnippets.read(PAGE).lines().filter(line -> line.startsWith("#")).toList();
        for (String section : List.of("## Overview", "## Quick start", "### 1. Configure", "### 2. Initialize at start-up",
                "### 3. Use in your code", "### 4. Graceful shutdown", "## Available utilities", "### Core exports",
                "### Key building", "### Session management", "### Rate limiting", "### Cache manager",
                "### Safe SCAN operations", "## Migration checklist", "## Breaking changes",
                "### 1. Initialization", "### 2. No more `KEYS`", "### 3. Session storage uses hashes",
                "## Before/after examples", "### Example 1: Basic Redis usage", "### Example 2: Rate limiting",
                "### Example 3: Key scanning", "## Services migration status", "## Common patterns",
                "### Pattern 1: Dependency injection container", "### Pattern 2: Backwards-compatible helpers",
                "### Pattern 3: Health checks", "## Troubleshooting", "## Performance notes",
                "### Hash storage vs JSON strings", "### Lua scripts vs multiple commands", "### SCAN vs KEYS",
                "## Resources and support")) {
            assertThat(headings).as("section " + section).anyMatch(heading -> heading.startsWith(section));
        }
    }

    @Test
    void everyFunctionOfTheTypeScriptChecklist_hasARow() {
        Set<Integer> covered = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d+)(?:–(\\d+))? \\|").matcher(DocSnippets.read(PAGE));
        while (row.find()) {
            int first = Integer.parseInt(row.group(1));
            int last = row.group(2) == null ? first : Integer.parseInt(row.group(2));
            for (int number = first; number <= last; number++) {
                assertThat(covered.add(number)).as("checklist item %d has one row", number).isTrue();
            }
        }
        assertThat(covered).containsExactlyElementsOf(IntStream.rangeClosed(1, 156).boxed().toList());
    }

    @Test
    void getBeforeInitialize_saysWhatToCall() {
        RedWeave.shutdown();

        assertThatThrownBy(RedWeave::get).isInstanceOf(IllegalStateException.class)
                .hasMessage(quoted("RedWeave is not initialized: call RedWeave.initialize(...) at start-up"));
    }

    @Test
    void nothingListening_namesTheTargetAndTheChecks(RedisServer server) {
        RedisConfig config = RedisConfig.builder().url(server.uri()).timeout(Duration.ofMillis(500)).build();
        server.stop();

        assertThatThrownBy(() -> RedWeave.builder().config(config).build())
                .isInstanceOf(RedisConnectionException.class)
                .hasMessageStartingWith(quoted("Cannot connect to ").trim() + " " + config.describeTarget()
                        + " within 500 ms: ")
                .hasMessageEndingWith(quoted(". Check that Redis is running there and that host, port, credentials"
                        + " and TLS are right."));
    }

    @Test
    void aBadVariable_namesItAndTheRule() {
        assertThatThrownBy(() -> RedisConfig.fromEnv(Map.of("REDIS_PORT", "abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(quoted("REDIS_PORT='abc' is invalid: expected a whole number from 1 to 65535"));
    }

    @Test
    void initializingTwiceDifferently_orUsingAClosedInstance_saysWhatToDo(RedisServer server) {
        RedWeave first = RedWeave.initialize(RedisConfig.builder().url(server.uri()).build());

        assertThatThrownBy(() -> RedWeave.initialize(RedisConfig.builder().url(server.uri()).database(1).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(quoted("RedWeave is already initialized with "))
                .hasMessageContaining(quoted("; call RedWeave.shutdown() before initializing it with "));

        RedWeave.shutdown();
        assertThatThrownBy(first::cache).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(quoted(" is closed: build a new one, or call RedWeave.initialize(...) again"
                        + " after shutdown()"));
    }

    @Test
    void theHealthEndpoint_says200_then503WhenRedisIsDown(RedisServer server) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri())
                .timeout(Duration.ofMillis(500)).build()).build()) {
            HealthEndpoint.register(http, redweave);
            http.start();
            URI health = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/health");
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> up = client.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());
            server.stop();
            HttpResponse<String> down = client.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).isEqualTo("{\"redis\":\"ok\"}");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"redis\":\"unhealthy\"}");
        } finally {
            http.stop(0);
        }
    }

    /** {@code text}, after checking that the troubleshooting section quotes it. */
    private static String quoted(String text) {
        assertThat(DocSnippets.read(PAGE)).as(PAGE + " quotes the message").contains(text.trim());
        return text;
    }
}
