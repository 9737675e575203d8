/**
 * Scanning the key space without blocking Redis: {@link io.redweave.scan.Scanner} walks the keys that match a
 * glob pattern with {@code SCAN}, on every master of a cluster, and never uses {@code KEYS}.
 */
package io.redweave.scan;
