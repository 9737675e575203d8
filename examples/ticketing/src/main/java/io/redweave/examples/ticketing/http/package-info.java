/**
 * The ticketing service's HTTP API, on the JDK's {@code com.sun.net.httpserver.HttpServer}, with JSON by Jackson:
 * routes in {@link io.redweave.examples.ticketing.http.Endpoints}, errors mapped to status codes in
 * {@link io.redweave.examples.ticketing.http.Errors}.
 */
package io.redweave.examples.ticketing.http;
