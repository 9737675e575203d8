package io.redweave.pubsub;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** An error listener that keeps what it hears, for tests to await and inspect. */
final class Events implements ErrorListener {
    private final List<PubSubError> events = new CopyOnWriteArrayList<>();

    @Override
    public void onError(PubSubError error) {
        events.add(error);
    }

    List<PubSubError> of(PubSubError.Kind kind) {
        return events.stream().filter(event -> event.kind() == kind).collect(Collectors.toList());
    }

    /** Waits until at least {@code count} events of {@code kind} were heard and returns them. */
    List<PubSubError> await(PubSubError.Kind kind, int count) {
        Waits.await().until(() -> of(kind).size() >= count);
        return of(kind);
    }
}
