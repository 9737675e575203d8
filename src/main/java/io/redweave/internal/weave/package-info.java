/**
 * Internal: the interception core. {@link io.redweave.internal.weave.AnnotationInterceptor} runs a method's
 * {@code MethodPlan} (computed once) through its steps under the endpoint's circuit breaker. Not public API.
 */
package io.redweave.internal.weave;
