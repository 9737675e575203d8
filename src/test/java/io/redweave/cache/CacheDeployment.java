package io.redweave.cache;

import io.redweave.RedWeave;
import java.util.function.Function;

/**
 * A Redis deployment the cache contracts run against: opens independent RedWeave instances (optionally with a
 * namespace) and empties the deployment.
 */
record CacheDeployment(Function<String, RedWeave> opener, Runnable flusher, boolean clustered) {

    /** A new instance without a namespace; the caller closes it. */
    RedWeave open() {
        return opener.apply(null);
    }

    /** A new instance with a namespace; the caller closes it. */
    RedWeave open(String namespace) {
        return opener.apply(namespace);
    }

    void flushAll() {
        flusher.run();
    }
}
