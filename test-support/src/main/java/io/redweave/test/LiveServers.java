package io.redweave.test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The servers of this JVM that are not closed yet, closed by a shutdown hook if the JVM exits first. */
final class LiveServers {

    private static final Logger LOG = LoggerFactory.getLogger(LiveServers.class);
    private static final Set<AutoCloseable> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private LiveServers() {
    }

    static void add(AutoCloseable server) {
        installHook();
        LIVE.add(server);
    }

    static void remove(AutoCloseable server) {
        LIVE.remove(server);
    }

    private static void installHook() {
        if (hooked) {
            return;
        }
        synchronized (LiveServers.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(LiveServers::closeAll, "redweave-test-shutdown"));
                hooked = true;
            }
        }
    }

    private static void closeAll() {
        for (AutoCloseable server : List.copyOf(LIVE)) {
            try {
                server.close();
            } catch (Exception e) {
                LOG.warn("cannot stop {} at JVM exit", server, e);
            }
        }
    }
}
