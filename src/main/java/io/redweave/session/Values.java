package io.redweave.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Defensive copies for the value types of this package: unmodifiable, order kept, {@code null} values allowed. */
final class Values {

    private Values() {
    }

    static <V> Map<String, V> unmodifiableCopy(Map<String, ? extends V> map) {
        Map<String, V> copy = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            copy.put(Objects.requireNonNull(entry.getKey(), "map key"), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    static Map<String, String> strings(Map<String, String> map, String what) {
        Map<String, String> copy = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new IllegalArgumentException(what + " " + entry.getKey() + "=" + entry.getValue()
                        + " is invalid: names and values must not be null");
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    static String requireId(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " '" + value + "' is invalid: it must be a non-empty string");
        }
        return value;
    }
}
