package io.redweave.benchmarks.services;

import io.redweave.benchmarks.support.User;

/** The interface of the proxied service of the Byte Buddy benchmarks ({@code redweave.proxy}). */
public interface UserLookup {

    /** Loads a user. */
    User find(String id);

    /** How often the body ran. */
    long loads();
}
