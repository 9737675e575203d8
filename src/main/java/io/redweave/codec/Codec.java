package io.redweave.codec;

import java.lang.reflect.Type;

/**
 * A codec turns values into the bytes RedWeave stores in Redis, and those bytes back into a value of a declared
 * type.
 *
 * <p>Payloads are {@code byte[]} because that is what Redis stores and what Jedis hands back from a binary
 * {@code GET}: decoding from bytes skips the UTF-8 to {@code String} copy that a string API would need, and
 * JSON parsers are fastest on bytes.
 *
 * <p>Decoding is safe by construction:
 * <ul>
 *   <li>the result type is the one the caller declares; a codec never reads a class name from the payload;
 *   <li>a payload that does not fit the type (truncated, wrong shape, not JSON at all) is returned as
 *       {@link Decoded.Malformed} with the reason; decoding never throws because of what a payload contains;
 *   <li>the encoding of {@code null} decodes to a {@link Decoded.Value} holding {@code null}, which is distinct
 *       both from a malformed payload and from a missing key (the caller has no payload to decode then).
 * </ul>
 *
 * <p>Implementations are thread-safe.
 */
public interface Codec {

    /**
     * Encodes a value, which may be {@code null}.
     *
     * @throws io.redweave.RedWeaveException when the value cannot be represented (a programming error, such as a
     *     type without properties or a cyclic graph); the message names the value's class
     */
    byte[] encode(Object value);

    /** Decodes a payload to a class; a payload that does not fit is {@link Decoded.Malformed}. */
    <T> Decoded<T> decode(byte[] payload, Class<T> type);

    /**
     * Decodes a payload to a generic type such as {@code List<User>}; a payload that does not fit is
     * {@link Decoded.Malformed}.
     */
    <T> Decoded<T> decode(byte[] payload, TypeRef<T> type);

    /**
     * Decodes a payload to a reflected type, such as a method's generic return type; a payload that does not fit
     * is {@link Decoded.Malformed}. The caller asserts that {@code T} matches {@code type}.
     */
    <T> Decoded<T> decode(byte[] payload, Type type);
}
