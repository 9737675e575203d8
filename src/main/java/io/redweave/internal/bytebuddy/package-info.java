/**
 * The Byte Buddy weaving adapters behind {@code RedWeave.proxy(target)} and {@code RedWeave.enhance(type)}:
 * generated classes that turn a call of an annotated method into an {@link io.redweave.weave.Invocation} for the
 * interception core, and leave every other method alone. No Redis, codec or key logic lives here.
 */
package io.redweave.internal.bytebuddy;
