package io.redweave.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * Hands out loopback ports that are free right now, never the same one twice in a JVM.
 *
 * <p>Implementation notes: ports are drawn at random from 10000-22767, so that the cluster bus port (port + 10000)
 * stays below the Linux ephemeral range (32768 and up), where outgoing connections could take it. Both the port
 * and its bus port must be free. Another process may still take a port before Redis binds it; the caller then
 * retries with another port.
 */
final class PortAllocator implements IntSupplier {

    static final int LOWEST = 10_000;
    static final int HIGHEST = 22_767;
    static final int BUS_OFFSET = 10_000;
    static final String HOST = "127.0.0.1";
    static final InetAddress LOOPBACK = loopback();

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    @Override
    public int getAsInt() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = random.nextInt(LOWEST, HIGHEST + 1);
            if (isFree(port) && isFree(port + BUS_OFFSET) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new RedisTestException("found no free loopback port between " + LOWEST + " and " + HIGHEST
                + " after 500 attempts; are that many servers running?");
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(HOST, new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether nothing listens on {@code 127.0.0.1:port} (a bind there succeeds). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
