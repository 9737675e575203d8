package io.redweave.benchmarks.support;

import java.util.List;

/**
 * The cached value of every cache benchmark: the anchors' {@code User}, 143 bytes of JSON.
 *
 * @param id    the user id
 * @param name  the display name
 * @param email the e-mail address
 * @param age   the age in years
 * @param roles the role names
 */
public record User(String id, String name, String email, int age, List<String> roles) {
}
