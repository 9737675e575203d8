package io.redweave.codec;

import java.util.Objects;

/**
 * The result of decoding a payload: either the {@link Value value} (possibly {@code null}) or the reason the
 * payload was {@link Malformed malformed}.
 *
 * <p>Callers switch on the two cases; a cache treats {@code Malformed} as a miss:
 * <pre>{@code
 * if (codec.decode(bytes, User.class) instanceof Decoded.Value<User> hit) {
 *     return hit.value();
 * }
 * }</pre>
 *
 * @param <T> the declared type
 */
public sealed interface Decoded<T> permits Decoded.Value, Decoded.Malformed {

    /** A decoded value; {@code value} is {@code null} when the payload was the encoding of {@code null}. */
    record Value<T>(T value) implements Decoded<T> {
    }

    /** A payload that could not be decoded to the declared type, with the reason, fit for a log line. */
    record Malformed<T>(String reason) implements Decoded<T> {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Returns a decoded value. */
    static <T> Decoded<T> value(T value) {
        return new Value<>(value);
    }

    /** Returns a malformed result with its reason. */
    static <T> Decoded<T> malformed(String reason) {
        return new Malformed<>(reason);
    }

    /** Returns whether the payload could not be decoded. */
    default boolean isMalformed() {
        return this instanceof Malformed;
    }
}
