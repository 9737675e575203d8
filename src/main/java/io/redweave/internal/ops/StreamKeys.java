package io.redweave.internal.ops;

import io.redweave.codec.TypeRef;
import io.redweave.ops.StreamId;
import io.redweave.ops.StreamReadOptions;
import java.lang.reflect.Type;
import java.util.Collection;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Argument checks of the stream operations: keys, names, ids, types and options must be given, with a message that
 * says what is missing.
 */
final class StreamKeys {

    private StreamKeys() {
    }

    /** Checks that a key is given (neither null nor empty). */
    static String require(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("stream key " + (key == null ? "null" : "''") + " is invalid: give the"
                    + " full Redis key, such as redweave.keys().build(\"orders\", region)");
        }
        return key;
    }

    /** The key's UTF-8 bytes, once it is checked. */
    static byte[] raw(String key) {
        return SafeEncoder.encode(require(key));
    }

    /** Checks that a group or consumer name is given; {@code what} is {@code group} or {@code consumer}. */
    static byte[] name(String what, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " " + (name == null ? "null" : "''") + " is invalid: give the"
                    + " " + what + "'s name");
        }
        return SafeEncoder.encode(name);
    }

    /** The ids as Redis arguments; each must be given. */
    static byte[][] ids(Collection<StreamId> ids) {
        if (ids == null) {
            throw new IllegalArgumentException("ids is null: pass the entry ids (possibly none)");
        }
        byte[][] raw = new byte[ids.size()][];
        int i = 0;
        for (StreamId id : ids) {
            if (id == null) {
                throw new IllegalArgumentException("id " + (i + 1) + " of " + ids.size() + " is null: every id must"
                        + " be given");
            }
            raw[i++] = SafeEncoder.encode(id.toString());
        }
        return raw;
    }

    /** The type to decode to, checked. */
    static Type type(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type is null: pass the class to decode values to");
        }
        return type;
    }

    /** The type to decode to, checked. */
    static Type type(TypeRef<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type is null: pass the TypeRef to decode values to");
        }
        return type.type();
    }

    /** The read options, checked. */
    static StreamReadOptions options(StreamReadOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options is null: use StreamReadOptions.defaults()");
        }
        return options;
    }
}
