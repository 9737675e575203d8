/**
 * Well-known keys: {@link io.redweave.key.KeyBuilder} writes the keys of sessions, rate limits, caches,
 * locks and the rest, with the TypeScript library's prefixes and output, every part encoded, and an
 * optional namespace; {@link io.redweave.key.KeyPatterns} gives the patterns to scan them.
 */
package io.redweave.key;
