package io.redweave.weave.contract.services;

/** An order, whose customer's id keys the cache in {@link UserService#customerName(Order)}. */
public record Order(String id, Customer customer) {
}
