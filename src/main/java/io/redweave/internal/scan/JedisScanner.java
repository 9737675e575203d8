package io.redweave.internal.scan;

import io.redweave.scan.KeyInfo;
import io.redweave.scan.Scanner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link Scanner} over a Jedis client: standalone, Sentinel, or a {@code RedisClusterClient}, whose every
 * master is scanned.
 *
 * <p>The client is used, never cached connections: each scan borrows one connection per node from the client's
 * pools for its duration, so a reconnecting client is picked up by the next scan.
 */
public final class JedisScanner implements Scanner {

    /** The default {@code COUNT} hint. */
    public static final int DEFAULT_COUNT = 1000;

    private final UnifiedJedis client;
    private final int count;
    private final String type;

    /** Creates a scanner over a client, finding out from its class whether it talks to a cluster. */
    public JedisScanner(UnifiedJedis client) {
        this(Objects.requireNonNull(client, "client"), DEFAULT_COUNT, null);
    }

    private JedisScanner(UnifiedJedis client, int count, String type) {
        this.client = client;
        this.count = count;
        this.type = type;
    }

    @Override
    public void scan(String pattern, Consumer<List<String>> batchConsumer) {
        Objects.requireNonNull(batchConsumer, "batchConsumer");
        run(pattern, (keys, session) -> {
            batchConsumer.accept(texts(keys));
            return true;
        });
    }

    @Override
    public List<String> scanKeys(String pattern, int limit) {
        checkLimit(limit);
        Set<String> found = new LinkedHashSet<>();
        run(pattern, (keys, session) -> {
            for (byte[] key : keys) {
                found.add(text(key));
                if (found.size() == limit) {
                    return false;
                }
            }
            return true;
        });
        return List.copyOf(found);
    }

    @Override
    public long scanAndDelete(String pattern) {
        long[] removed = {0};
        run(pattern, (keys, session) -> {
            removed[0] += BatchCommands.unlink(keys, session);
            return true;
        });
        return removed[0];
    }

    @Override
    public long scanCount(String pattern) {
        DistinctCounter counter = new DistinctCounter();
        run(pattern, counter);
        return counter.total;
    }

    @Override
    public List<KeyInfo> scanKeyInfo(String pattern, int limit) {
        checkLimit(limit);
        Map<String, KeyInfo> found = new LinkedHashMap<>();
        run(pattern, (keys, session) -> {
            List<byte[]> fresh = new ArrayList<>();
            Set<String> inBatch = new LinkedHashSet<>();
            for (byte[] key : keys) {
                String name = text(key);
                if (found.size() + fresh.size() < limit && !found.containsKey(name) && inBatch.add(name)) {
                    fresh.add(key);
                }
            }
            if (fresh.isEmpty()) {
                return true;
            }
            for (KeyInfo info : BatchCommands.inspect(fresh, session)) {
                found.put(info.key(), info);
            }
            return found.size() < limit;
        });
        return List.copyOf(found.values());
    }

    @Override
    public List<String> scanWithFilter(String pattern, Predicate<String> filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        checkLimit(limit);
        Set<String> accepted = new LinkedHashSet<>();
        run(pattern, (keys, session) -> {
            for (byte[] key : keys) {
                String name = text(key);
                if (!accepted.contains(name) && filter.test(name)) {
                    accepted.add(name);
                    if (accepted.size() == limit) {
                        return false;
                    }
                }
            }
            return true;
        });
        return List.copyOf(accepted);
    }

    @Override
    public Scanner withCount(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count is " + count + ": it must be positive; " + DEFAULT_COUNT
                    + " is the default");
        }
        return new JedisScanner(client, count, type);
    }

    @Override
    public Scanner withType(String type) {
        if (type != null && type.isBlank()) {
            throw new IllegalArgumentException("type is blank: name a Redis type such as 'hash', or pass null");
        }
        return new JedisScanner(client, count, type);
    }

    private void run(String pattern, ScanLoop.BatchHandler handler) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("pattern is empty: pass a glob such as 'cache:user:*'");
        }
        ScanLoop.run(client, pattern, count, type, handler);
    }

    private static void checkLimit(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit is " + limit + ": it must be positive");
        }
    }

    private static List<String> texts(List<byte[]> keys) {
        List<String> texts = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            texts.add(text(key));
        }
        return texts;
    }

    private static String text(byte[] key) {
        return new String(key, StandardCharsets.UTF_8);
    }

    /** Counts distinct keys; masters hold disjoint keys, so only the current node's fingerprints are kept. */
    private static final class DistinctCounter implements ScanLoop.BatchHandler {
        private ScanNode node;
        private KeyFingerprints seen;
        private long total;

        @Override
        public boolean handle(List<byte[]> keys, NodeSession session) {
            if (session.node() != node) {
                node = session.node();
                seen = new KeyFingerprints();
            }
            for (byte[] key : keys) {
                if (seen.add(key)) {
                    total++;
                }
            }
            return true;
        }
    }
}
