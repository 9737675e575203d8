package io.redweave.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a stream: its id and its fields, each value decoded to the type the reader asked for.
 *
 * <p>A value that cannot be decoded to that type does not fail the read, and its entry is not left out (a reader
 * that tracks the last id it saw must still move past it): the field is in {@link #malformed()} instead of
 * {@link #fields()}, {@link #value(String)} of it throws the {@link MalformedValueException} (with the key, the
 * entry id, the reason and the stored bytes), and the read logs it at WARN. Check {@link #isMalformed()} to
 * dead-letter such entries:
 * <pre>{@code
 * if (entry.isMalformed()) {
 *     deadLetters.add(entry.id());
 *     streams.xack("orders", "billing", entry.id());
 * }
 * }</pre>
 *
 * @param id        the entry's id
 * @param fields    the decoded field names and values, in the order they were written; unmodifiable
 * @param malformed the fields whose values could not be decoded, each with its exception; unmodifiable, usually
 *                  empty
 * @param <T>       the type of the values
 */
public record StreamEntry<T>(StreamId id, Map<String, T> fields, Map<String, MalformedValueException> malformed) {

    /** Checks the parts and keeps unmodifiable copies, in their order. */
    public StreamEntry {
        if (id == null || fields == null || malformed == null) {
            throw new IllegalArgumentException("a stream entry needs an id, fields and malformed fields (possibly"
                    + " none)");
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        malformed = Collections.unmodifiableMap(new LinkedHashMap<>(malformed));
    }

    /** An entry whose values all decoded. */
    public StreamEntry(StreamId id, Map<String, T> fields) {
        this(id, fields, Map.of());
    }

    /**
     * The value of one field, or empty when the entry has no such field.
     *
     * @throws MalformedValueException when the field's value could not be decoded to the reader's type
     */
    public Optional<T> value(String field) {
        MalformedValueException problem = malformed.get(field);
        if (problem != null) {
            throw problem;
        }
        return Optional.ofNullable(fields.get(field));
    }

    /** Whether a value of this entry could not be decoded to the reader's type. */
    public boolean isMalformed() {
        return !malformed.isEmpty();
    }
}
