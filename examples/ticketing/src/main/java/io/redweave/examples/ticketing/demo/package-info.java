/**
 * The scripted client of the demo: it drives two service instances over HTTP and prints what RedWeave did.
 */
package io.redweave.examples.ticketing.demo;
