package io.redweave.pubsub;

import io.redweave.RedWeave;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.BinaryJedisPubSub;
import redis.clients.jedis.Connection;

/** A plain Jedis subscriber that keeps the raw payloads, to see what goes over the wire. */
final class RawSubscriber implements AutoCloseable {
    private final BlockingQueue<byte[]> payloads = new LinkedBlockingQueue<>();
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private final BinaryJedisPubSub pubSub = new BinaryJedisPubSub() {
        @Override
        public void onMessage(byte[] channel, byte[] message) {
            payloads.add(message);
        }

        @Override
        public void onSubscribe(byte[] channel, int subscribedChannels) {
            subscribed.countDown();
        }
    };
    private final Connection connection;
    private final Thread thread;

    private RawSubscriber(Connection connection, String channel) {
        this.connection = connection;
        this.thread = new Thread(() -> pubSub.proceed(connection, channel.getBytes(StandardCharsets.UTF_8)),
                "raw-subscriber");
        thread.setDaemon(true);
        thread.start();
    }

    static RawSubscriber open(RedWeave redweave, String channel) {
        RawSubscriber raw = new RawSubscriber(redweave.dedicatedConnections().open(null, 0), channel);
        try {
            if (!raw.subscribed.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the raw subscriber was not confirmed within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return raw;
    }

    byte[] next() {
        try {
            byte[] payload = payloads.poll(10, TimeUnit.SECONDS);
            if (payload == null) {
                throw new AssertionError("no message within 10 s");
            }
            return payload;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        pubSub.unsubscribe();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
