package io.redweave.docs.migration;

import com.sun.net.httpserver.HttpServer;
import io.redweave.HealthReport;
import io.redweave.RedWeave;
import java.nio.charset.StandardCharsets;

/** The health check of the guide's third pattern, on the JDK's HTTP server. */
final class HealthEndpoint {

    private HealthEndpoint() {
    }

    // example: migration-health
    static void register(HttpServer server, RedWeave redweave) {
        server.createContext("/health", exchange -> {
            HealthReport health = redweave.health();           // never throws: PING and INFO, every node
            byte[] body = (health.healthy() ? "{\"redis\":\"ok\"}" : "{\"redis\":\"unhealthy\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(health.healthy() ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
    // end
}
