/**
 * Typed operations on Redis data structures: hashes, sorted sets, lists, geo indexes and streams, the counterparts
 * of the seed library's operation modules. Keys are full keys, used as given (build them with
 * {@code redweave.keys()}); values go through the instance's codec; blocking commands never hold up other
 * commands; on a cluster, a multi-key command whose keys are in different hash slots fails before it is sent.
 */
package io.redweave.ops;
