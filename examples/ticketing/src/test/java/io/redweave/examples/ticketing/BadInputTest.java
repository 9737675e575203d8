package io.redweave.examples.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedisConfig;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.demo.ApiClient;
import io.redweave.examples.ticketing.demo.Reply;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed requests are answered 400 with a message that says what is wrong, before anything is done. */
@RedisTest
class BadInputTest {
    private static final Catalog CATALOG = Catalog.sample(Duration.ZERO);
    private static TicketingApp app;
    private static ApiClient api;

    @BeforeAll
    static void start(RedisServer server) {
        app = TicketingApp.start(RedisConfig.builder().url(server.uri()).build(), CATALOG, "A", 0);
        api = new ApiClient(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> 400 \"{3}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            POST | /login                | NONE                   | a JSON body is required: send {"user": "ada"}
            POST | /login                | not json               | the body is not valid: Unrecognized token 'not'
            POST | /login                | {}                     | user is required: send {"user": "ada"}
            POST | /login                | {"user": "a b"}        | user 'a b' is invalid: a user id has 1 to 64
            POST | /login                | {"user": "ada", "x": 1} | unknown field 'x': send {"user": "ada"}
            PUT  | /events/evt-1         | {}                     | an event update needs a name, a price or both
            PUT  | /events/evt-1         | {"price": -1}          | price -1 is invalid: it must be 0 to 10000 euros
            PUT  | /events/evt-1         | {"price": "cheap"}     | the body is not valid: Cannot deserialize value
            GET  | /events/%2A           | NONE                   | id '*' is invalid: an id has 1 to 64 letters
            GET  | /venues/a%20b         | NONE                   | id 'a b' is invalid
            POST | /events/evt-1/tickets | {"quantity": 9}        | quantity 9 is invalid: it must be 1 to 4
            POST | /events/evt-1/tickets | {"quantity": "two"}    | the body is not valid
            """)
    void malformedRequest_is400_withAClearMessage(String method, String path, String body, String message) {
        long loads = CATALOG.eventLoads();

        Reply reply = api.send(method, path, body, "some-session");

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.field("error")).startsWith(message);
        assertThat(CATALOG.eventLoads()).isEqualTo(loads);
        assertThat(CATALOG.ticketsOf("ada")).isEmpty();
    }
}
