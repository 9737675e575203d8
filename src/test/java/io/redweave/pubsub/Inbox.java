package io.redweave.pubsub;

import static io.redweave.pubsub.Waits.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** A handler that keeps what it receives, for tests to await and inspect. */
final class Inbox<T> implements MessageHandler<T> {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<Message<T>> messages = new CopyOnWriteArrayList<>();

    @Override
    public void onMessage(Message<T> message) {
        messages.add(message);
    }

    List<Message<T>> messages() {
        return messages;
    }

    List<T> data() {
        return messages.stream().map(Message::data).collect(Collectors.toList());
    }

    /** Waits until at least {@code count} messages arrived and returns their data. */
    List<T> awaitCount(int count) {
        await().atMost(PATIENCE).until(() -> messages.size() >= count);
        return data();
    }

    /** Checks that the count stays as it is for a while: no late or duplicate delivery. */
    void assertStays(int count) {
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> messages.size() == count);
    }
}
