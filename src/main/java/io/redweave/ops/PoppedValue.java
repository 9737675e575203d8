package io.redweave.ops;

/**
 * A value taken from one of several lists by a blocking pop ({@code BLPOP}, {@code BRPOP}), with the key of the
 * list it came from.
 *
 * @param key   the list the value was popped from
 * @param value the decoded value
 * @param <T>   the declared type of the value
 */
public record PoppedValue<T>(String key, T value) {
}
