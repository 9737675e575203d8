package io.redweave.key;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The prefixes a {@link KeyBuilder} writes, one per {@link KeyPrefix}. Custom prefixes are merged
 * with the defaults: a prefix that is not given keeps its default (unlike the seed, where a partial
 * object rendered missing prefixes as "undefined").
 *
 * <pre>{@code
 * KeyPrefixes prefixes = KeyPrefixes.defaults().with(KeyPrefix.SESSION, "sess:");
 * }</pre>
 * Every prefix is plain text ending in {@code ':'}, without glob, brace, percent or white-space
 * characters. Instances are immutable and thread-safe.
 */
public final class KeyPrefixes {
    private static final KeyPrefixes DEFAULTS = new KeyPrefixes(defaultMap());

    private final EnumMap<KeyPrefix, String> values;

    private KeyPrefixes(EnumMap<KeyPrefix, String> values) {
        this.values = values;
    }

    /** The seed's default prefixes. */
    public static KeyPrefixes defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults, with the given prefixes replaced.
     *
     * @throws IllegalArgumentException when a prefix is not plain text ending in ':'
     */
    public static KeyPrefixes of(Map<KeyPrefix, String> overrides) {
        EnumMap<KeyPrefix, String> merged = defaultMap();
        overrides.forEach((name, prefix) -> merged.put(Objects.requireNonNull(name, "prefix name"),
                KeyText.requirePrefix(name, prefix)));
        return new KeyPrefixes(merged);
    }

    /**
     * These prefixes with one replaced.
     *
     * @throws IllegalArgumentException when the prefix is not plain text ending in ':'
     */
    public KeyPrefixes with(KeyPrefix name, String prefix) {
        EnumMap<KeyPrefix, String> changed = new EnumMap<>(values);
        changed.put(Objects.requireNonNull(name, "name"), KeyText.requirePrefix(name, prefix));
        return new KeyPrefixes(changed);
    }

    /** The prefix written for {@code name}. */
    public String get(KeyPrefix name) {
        return values.get(name);
    }

    /** Every prefix, by name. */
    public Map<KeyPrefix, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPrefixes that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "KeyPrefixes" + values;
    }

    private static EnumMap<KeyPrefix, String> defaultMap() {
        EnumMap<KeyPrefix, String> map = new EnumMap<>(KeyPrefix.class);
        for (KeyPrefix prefix : KeyPrefix.values()) {
            map.put(prefix, prefix.defaultValue());
        }
        return map;
    }
}
