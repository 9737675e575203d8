package io.redweave.internal;

import io.redweave.RedisConfig;
import io.redweave.codec.Codec;
import io.redweave.internal.connection.DedicatedConnections;
import io.redweave.internal.script.ScriptRunner;
import io.redweave.key.KeyBuilder;
import io.redweave.scan.Scanner;
import redis.clients.jedis.UnifiedJedis;

/**
 * What every manager of one {@code RedWeave} instance shares: the client, the codec, the key builder (with the
 * instance's namespace), the script runner, the scanner and the dedicated-connection factory.
 *
 * @param config    the configuration the instance was built with
 * @param client    the pooled Jedis client (standalone, Sentinel or Cluster)
 * @param codec     encodes and decodes values
 * @param keys      builds keys under the instance's namespace
 * @param scripts   runs Lua scripts with {@code EVALSHA}
 * @param scanner   scans every master without {@code KEYS}
 * @param dedicated opens connections outside the pool for blocking commands and subscriptions
 */
public record RedisContext(RedisConfig config, UnifiedJedis client, Codec codec, KeyBuilder keys,
        ScriptRunner scripts, Scanner scanner, DedicatedConnections dedicated) {
}
