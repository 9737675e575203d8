package io.redweave.internal.pubsub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The channels and patterns that have handlers: what the subscriber connection must be subscribed to. Reads are
 * lock-free (the reader looks topics up for every message); changes are made under the subscriber's lock.
 */
final class Registry {
    private final Map<String, Topic> channels = new ConcurrentHashMap<>();
    private final Map<String, Topic> patterns = new ConcurrentHashMap<>();

    private Map<String, Topic> map(boolean pattern) {
        return pattern ? patterns : channels;
    }

    Topic get(boolean pattern, String name) {
        return map(pattern).get(name);
    }

    void put(Topic topic) {
        map(topic.isPattern()).put(topic.name(), topic);
    }

    /** Removes the topic if it is still the current one for its name; returns whether it was. */
    boolean remove(Topic topic) {
        return map(topic.isPattern()).remove(topic.name(), topic);
    }

    boolean isEmpty() {
        return channels.isEmpty() && patterns.isEmpty();
    }

    /** Every topic, channels first. */
    List<Topic> all() {
        List<Topic> all = new ArrayList<>(channels.values());
        all.addAll(patterns.values());
        return all;
    }

    int count(boolean pattern) {
        return map(pattern).size();
    }

    void clear() {
        channels.clear();
        patterns.clear();
    }
}
