package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/operations/lists.md}, run against a real Redis. */
@RedisTest
class ListExamplesTest {
    record EmailJob(String to) {
    }

    private final RedisServer server;
    private final List<EmailJob> sent = new ArrayList<>();
    private RedWeave redweave;
    private ListOperations lists;

    ListExamplesTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        lists = ListOperationsContract.lists(redweave);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    private void send(EmailJob job) {
        sent.add(job);
    }

    @Test
    void docsPage_showsTheseExamples() {
        HashListDocs.assertInSync("docs/operations/lists.md", ListExamplesTest.class);
    }

    @Test
    void queue() {
        // example: list-queue
        lists.rpush("jobs:email", new EmailJob("a@example.com"), new EmailJob("b@example.com"));
        Optional<EmailJob> next = lists.lpop("jobs:email", EmailJob.class);          // a@example.com
        List<EmailJob> waiting = lists.lrange("jobs:email", 0, -1, EmailJob.class);  // [b@example.com]
        // end
        assertThat(next).contains(new EmailJob("a@example.com"));
        assertThat(waiting).containsExactly(new EmailJob("b@example.com"));
    }

    @Test
    void blocking() {
        lists.rpush("jobs:email", new EmailJob("a@example.com"));
        // example: list-blocking
        Optional<PoppedValue<EmailJob>> job = lists.blpop("jobs:email", Duration.ofSeconds(30), EmailJob.class);
        job.ifPresent(popped -> send(popped.value()));     // popped.key() is "jobs:email"
        // end
        assertThat(sent).containsExactly(new EmailJob("a@example.com"));
    }

    @Test
    void reliableQueue() {
        lists.rpush("{jobs}:pending", new EmailJob("a@example.com"));
        // example: list-reliable-queue
        String pending = "{jobs}:pending";     // one hash tag: both lists live in one cluster slot
        String working = "{jobs}:working";
        Optional<EmailJob> claimed = lists.blmove(pending, working, ListEnd.LEFT, ListEnd.RIGHT,
                Duration.ofSeconds(5), EmailJob.class);
        claimed.ifPresent(job -> {
            send(job);
            lists.lrem(working, 1, job);       // done: drop it from the working list
        });
        // end
        assertThat(sent).containsExactly(new EmailJob("a@example.com"));
        assertThat(lists.llen(working)).isZero();
    }
}
