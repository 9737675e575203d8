/**
 * The scenario services of the weaving contract suite: plain annotated classes (public, with public no-argument
 * constructors) and interface + implementation pairs, so that every weaving mode can obtain them: AspectJ weaves
 * the classes themselves, a Byte Buddy proxy wraps an instance, a Byte Buddy subclass extends them.
 *
 * <p>Their keys are literal, without a namespace, so the suite can look at Redis directly ({@code cache:user:42}).
 * Each service counts the runs of its methods' bodies, so the suite can tell a cache hit from a miss.
 */
package io.redweave.weave.contract.services;
