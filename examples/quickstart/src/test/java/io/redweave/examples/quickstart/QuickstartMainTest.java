package io.redweave.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@RedisTest
class QuickstartMainTest {

    @Test
    void run_writesReadsScansAndReportsHealth(RedisServer server) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickstartMain.run(RedisConfig.builder().url(server.uri()).build(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(output).contains("wrote quickstart:cache:event:evt-42 = {\"id\":\"evt-42\"")
                .contains("read  quickstart:cache:event:evt-42 -> Event[id=evt-42, name=Opening night, capacity=1200]")
                .contains("quickstart:cache:event:%2A")
                .contains("found [quickstart:cache:event:evt-42]")
                .contains("health: healthy=true");
    }

    @Test
    void run_withoutRedis_failsWithAClearConnectionError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RedisConfig unreachable = RedisConfig.builder().host("127.0.0.1").port(closedPort)
                .timeout(Duration.ofMillis(300)).build();
        assertThatThrownBy(() -> QuickstartMain.run(unreachable, System.out))
                .isInstanceOf(RedisConnectionException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }
}
