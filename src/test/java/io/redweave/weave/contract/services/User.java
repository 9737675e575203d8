package io.redweave.weave.contract.services;

/** A user, as the scenario services return it. */
public record User(String id, String name) {
}
