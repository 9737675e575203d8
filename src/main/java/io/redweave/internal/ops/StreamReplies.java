package io.redweave.internal.ops;

import io.redweave.codec.Codec;
import io.redweave.codec.Decoded;
import io.redweave.ops.ClaimResult;
import io.redweave.ops.MalformedValueException;
import io.redweave.ops.StreamEntry;
import io.redweave.ops.StreamId;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.util.KeyValue;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Turns the raw stream replies of Redis into typed entries: {@code XRANGE}/{@code XREVRANGE} entry lists,
 * {@code XREAD}/{@code XREADGROUP} replies (an array of {@code [key, entries]} pairs in RESP2, a map in RESP3) and
 * {@code XAUTOCLAIM} replies. Field order is kept; each value goes through the codec.
 *
 * <p>Implementation note: Jedis's own stream builders collect fields into hash maps (losing their order) and the
 * binary {@code XRANGE} returns raw objects anyway, so the replies are read here. A value that does not decode
 * flags its entry (see {@link StreamEntry}) and is logged at WARN; it never fails the read.
 */
final class StreamReplies {
    private static final Logger LOG = LoggerFactory.getLogger(StreamReplies.class);

    private final Codec codec;

    StreamReplies(Codec codec) {
        this.codec = codec;
    }

    /** The entries of an entry-list reply ({@code XRANGE}, {@code XREVRANGE}); null (no reply) gives none. */
    <T> List<StreamEntry<T>> entries(String key, Object reply, Type type) {
        List<StreamEntry<T>> entries = new ArrayList<>();
        for (Object item : list(reply)) {
            List<?> pair = list(item);
            entries.add(entry(key, id(pair.get(0)), pair.size() > 1 ? pair.get(1) : null, type));
        }
        return List.copyOf(entries);
    }

    /** The entries per stream of an {@code XREAD}/{@code XREADGROUP} reply, in reply order; null gives none. */
    <T> Map<String, List<StreamEntry<T>>> streams(Object reply, Type type) {
        Map<String, List<StreamEntry<T>>> streams = new LinkedHashMap<>();
        for (Object item : list(reply)) {
            Object name;
            Object entries;
            if (item instanceof KeyValue<?, ?> keyValue) {
                name = keyValue.getKey();
                entries = keyValue.getValue();
            } else {
                List<?> pair = list(item);
                name = pair.get(0);
                entries = pair.get(1);
            }
            String key = text(name);
            streams.put(key, entries(key, entries, type));
        }
        return streams;
    }

    /**
     * An {@code XAUTOCLAIM} reply: {@code [next, entries, deleted]} (Redis 7), or {@code [next, entries]} (Redis
     * 6.2, where an entry deleted while pending comes back as a nil without its id, and is left out).
     */
    <T> ClaimResult<T> claim(String key, Object reply, Type type) {
        List<?> parts = list(reply);
        List<StreamEntry<T>> claimed = new ArrayList<>();
        List<StreamId> deleted = new ArrayList<>();
        for (Object item : list(parts.get(1))) {
            if (item == null) {
                continue; // Redis 6.2: an entry deleted while pending is a nil, without its id
            }
            List<?> pair = list(item);
            StreamId id = id(pair.get(0));
            Object fields = pair.size() > 1 ? pair.get(1) : null;
            if (fields == null) {
                deleted.add(id);
            } else {
                claimed.add(entry(key, id, fields, type));
            }
        }
        if (parts.size() > 2) {
            list(parts.get(2)).forEach(id -> deleted.add(id(id)));
        }
        return new ClaimResult<>(id(parts.get(0)), claimed, deleted);
    }

    private <T> StreamEntry<T> entry(String key, StreamId id, Object rawFields, Type type) {
        Map<String, T> fields = new LinkedHashMap<>();
        Map<String, MalformedValueException> malformed = new LinkedHashMap<>();
        List<?> flat = list(rawFields);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            String field = text(flat.get(i));
            byte[] payload = (byte[]) flat.get(i + 1);
            Decoded<T> decoded = codec.decode(payload, type);
            if (decoded instanceof Decoded.Value<T> value) {
                fields.put(field, value.value());
            } else {
                String reason = ((Decoded.Malformed<T>) decoded).reason();
                String location = "field '" + field + "' of entry " + id;
                LOG.warn("Stream '{}': the {} cannot be decoded to {} ({}); the entry is returned flagged as"
                        + " malformed", key, location, type.getTypeName(), reason);
                malformed.put(field, new MalformedValueException(key, location, reason, payload, false));
            }
        }
        return new StreamEntry<>(id, fields, malformed);
    }

    /** A stream id from its reply bytes. */
    static StreamId id(Object raw) {
        return StreamId.parse(text(raw));
    }

    private static String text(Object raw) {
        return raw instanceof byte[] bytes ? SafeEncoder.encode(bytes) : String.valueOf(raw);
    }

    private static List<?> list(Object raw) {
        return raw == null ? List.of() : (List<?>) raw;
    }
}
