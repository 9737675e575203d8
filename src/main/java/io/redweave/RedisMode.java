package io.redweave;

/** How RedWeave reaches Redis: one server, a Redis Cluster, or a master found through Sentinel. */
public enum RedisMode {
    STANDALONE,
    CLUSTER,
    SENTINEL
}
