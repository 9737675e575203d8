package io.redweave.docs.annotations;

/** A checkout request, which carries the session id. */
public record CheckoutRequest(String sessionId, String paymentToken) {
}
