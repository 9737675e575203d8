/** RedWeave with Guice: a module whose method interceptor hands annotated calls to RedWeave. */
package io.redweave.examples.guice;
