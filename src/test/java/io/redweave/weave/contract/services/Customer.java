package io.redweave.weave.contract.services;

/** A customer, reached through an {@link Order} by a property path such as {@code {order.customer.id}}. */
public record Customer(String id, String name) {
}
