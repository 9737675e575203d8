/**
 * The seam between weaving adapters and RedWeave: an {@link io.redweave.weave.Invocation} handed to the
 * {@link io.redweave.weave.Interceptor}. Use it to plug RedWeave into an interception mechanism of your own
 * (a DI container's method interceptors, for example).
 */
package io.redweave.weave;
