package io.redweave.internal.pubsub;

import io.redweave.internal.pubsub.Session.Command;
import java.nio.charset.StandardCharsets;
import redis.clients.jedis.BinaryJedisPubSub;

/**
 * The Jedis side of a subscriber connection: Jedis's reply loop calls back into the {@link Link}, and commands are
 * sent through the running loop (Jedis writes and flushes them; the reader thread reads the replies).
 */
final class Wire extends BinaryJedisPubSub {
    private final Link subscriber;

    Wire(Link subscriber) {
        this.subscriber = subscriber;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] raw) {
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }

    /** Sends one command with one argument, so that Redis sends exactly one reply to it. */
    void send(Command command, String argument) {
        byte[] raw = bytes(argument);
        switch (command) {
            case SUBSCRIBE:
                subscribe(raw);
                break;
            case UNSUBSCRIBE:
                unsubscribe(raw);
                break;
            case PSUBSCRIBE:
                psubscribe(raw);
                break;
            case PUNSUBSCRIBE:
                punsubscribe(raw);
                break;
            default:
                ping(raw);
        }
    }

    /** Unsubscribes from every channel and pattern; Jedis's loop ends once Redis confirms the last one. */
    void unsubscribeAll() {
        unsubscribe();
        punsubscribe();
    }

    @Override
    public void onMessage(byte[] channel, byte[] message) {
        subscriber.message(text(channel), null, message);
    }

    @Override
    public void onPMessage(byte[] pattern, byte[] channel, byte[] message) {
        subscriber.message(text(channel), text(pattern), message);
    }

    @Override
    public void onSubscribe(byte[] channel, int subscribedChannels) {
        subscriber.replied(Command.SUBSCRIBE, text(channel));
    }

    @Override
    public void onUnsubscribe(byte[] channel, int subscribedChannels) {
        subscriber.replied(Command.UNSUBSCRIBE, text(channel));
    }

    @Override
    public void onPSubscribe(byte[] pattern, int subscribedChannels) {
        subscriber.replied(Command.PSUBSCRIBE, text(pattern));
    }

    @Override
    public void onPUnsubscribe(byte[] pattern, int subscribedChannels) {
        subscriber.replied(Command.PUNSUBSCRIBE, text(pattern));
    }

    @Override
    public void onPong(byte[] argument) {
        subscriber.replied(Command.PING, text(argument));
    }
}
