package io.redweave.internal.ops;

import io.redweave.codec.Codec;
import io.redweave.internal.RedisErrors;
import io.redweave.ops.StreamId;
import io.redweave.ops.TrimPolicy;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XTrimParams;
import redis.clients.jedis.util.SafeEncoder;

/** Sends the stream writes: {@code XADD} (with trimming), {@code XTRIM} and {@code XDEL}. */
final class StreamWrites {

    private final UnifiedJedis client;
    private final Codec codec;

    StreamWrites(UnifiedJedis client, Codec codec) {
        this.client = client;
        this.codec = codec;
    }

    /** {@code XADD}: {@code id} null lets Redis generate the id. */
    StreamId add(String key, StreamId id, Map<String, ?> fields, TrimPolicy trim) {
        byte[] raw = StreamKeys.raw(key);
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("fields of the entry for stream '" + key + "' are "
                    + (fields == null ? "null" : "empty") + ": a stream entry needs at least one field");
        }
        if (trim == null) {
            throw new IllegalArgumentException("trim is null: use TrimPolicy.none() to add without trimming");
        }
        Map<byte[], byte[]> payloads = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (field == null) {
                throw new IllegalArgumentException("a field name of the entry for stream '" + key + "' is null");
            }
            if (value == null) {
                throw new IllegalArgumentException("value of field '" + field + "' of the entry for stream '" + key
                        + "' is null: leave the field out instead");
            }
            payloads.put(SafeEncoder.encode(field), codec.encode(value));
        });
        XAddParams params = XAddParams.xAddParams();
        if (id != null) {
            params.id(id.toString());
        }
        if (trim instanceof TrimPolicy.MaxLen maxLen) {
            params.maxLen(maxLen.maxLen());
            if (maxLen.approximate()) {
                params.approximateTrimming();
            }
        } else if (trim instanceof TrimPolicy.MinId minId) {
            params.minId(minId.minId().toString());
            if (minId.approximate()) {
                params.approximateTrimming();
            }
        }
        byte[] added = RedisErrors.call("XADD", key, () -> client.xadd(raw, params, payloads));
        return StreamReplies.id(added);
    }

    /** {@code XTRIM}; no trimming sends nothing. */
    long trim(String key, TrimPolicy trim) {
        byte[] raw = StreamKeys.raw(key);
        XTrimParams params = XTrimParams.xTrimParams();
        if (trim instanceof TrimPolicy.MaxLen maxLen) {
            params.maxLen(maxLen.maxLen());
            if (maxLen.approximate()) {
                params.approximateTrimming();
            }
        } else if (trim instanceof TrimPolicy.MinId minId) {
            params.minId(minId.minId().toString());
            if (minId.approximate()) {
                params.approximateTrimming();
            }
        } else if (trim instanceof TrimPolicy.None) {
            return 0;
        } else {
            throw new IllegalArgumentException("trim is null: use TrimPolicy.maxLen(n) or minId(id)");
        }
        return RedisErrors.call("XTRIM", key, () -> client.xtrim(raw, params));
    }

    /** {@code XDEL}; no ids sends nothing. */
    long delete(String key, Collection<StreamId> ids) {
        byte[] raw = StreamKeys.raw(key);
        byte[][] rawIds = StreamKeys.ids(ids);
        return rawIds.length == 0 ? 0 : RedisErrors.call("XDEL", key, () -> client.xdel(raw, rawIds));
    }
}
