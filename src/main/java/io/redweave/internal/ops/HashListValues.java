package io.redweave.internal.ops;

import io.redweave.codec.Codec;
import io.redweave.codec.Decoded;
import io.redweave.codec.TypeRef;
import io.redweave.ops.MalformedValueException;
import java.lang.reflect.Type;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Argument checks, key bytes and value coding shared by the hash, list and sorted-set operations: keys must be
 * given, values go through the codec and must not be null, and a value that does not decode is a
 * {@link MalformedValueException} naming the key and where the value was.
 */
final class HashListValues {

    private final Codec codec;

    HashListValues(Codec codec) {
        this.codec = codec;
    }

    /** Encodes a value to store; {@code what} names it in the message, such as {@code value of field 'name'}. */
    byte[] encode(String what, Object value, String hint) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null: " + hint);
        }
        return codec.encode(value);
    }

    /**
     * Decodes a stored value, or throws {@link MalformedValueException} naming the key and the location.
     *
     * @param removed whether Redis has already removed the value (a pop or a move)
     */
    <T> T decode(String key, String location, byte[] payload, Type type, boolean removed) {
        Decoded<T> decoded = codec.decode(payload, type);
        if (decoded instanceof Decoded.Malformed<T> malformed) {
            throw new MalformedValueException(key, location, malformed.reason(), payload, removed);
        }
        return ((Decoded.Value<T>) decoded).value();
    }

    /** The type to decode to, checked. */
    static Type type(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null: pass the class to decode to");
        }
        return type;
    }

    /** The type to decode to, checked. */
    static Type type(TypeRef<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null: pass the TypeRef to decode to");
        }
        return type.type();
    }

    /** The key's UTF-8 bytes, once it is checked. */
    static byte[] raw(String key) {
        return SafeEncoder.encode(requireKey(key));
    }

    /** Checks that a key is given (neither null nor empty). */
    static String requireKey(String key) {
        return requireKey("key", key);
    }

    /** Checks that a key is given; {@code name} names it in the message, such as {@code source}. */
    static String requireKey(String name, String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(name + " " + (key == null ? "null" : "''")
                    + " is invalid: give the full Redis key, such as redweave.keys().build(\"user\", id)");
        }
        return key;
    }

    /** A field name or member's UTF-8 bytes; {@code what} names it in the message. */
    static byte[] text(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return SafeEncoder.encode(value);
    }
}
