package io.redweave.test;

import java.io.IOException;

/**
 * A JVM that starts a server and never closes it, for {@link OrphanTest}: it prints {@code <pid> <port>}, then
 * either exits ({@code exit}) or waits to be killed ({@code hang}).
 */
final class OrphanJvm {

    private OrphanJvm() {
    }

    public static void main(String[] args) throws IOException {
        RedisServer redis = RedisServers.startStandalone();
        System.out.println(redis.pid().orElseThrow() + " " + redis.port());
        System.out.flush();
        if (args[0].equals("hang")) {
            System.in.read();
        }
    }
}
