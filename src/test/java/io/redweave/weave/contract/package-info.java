/**
 * The weaving contract suite: one set of behavioural scenarios that every weaving mode must pass (AspectJ
 * compile-time and load-time weaving, the Byte Buddy proxy and the Byte Buddy subclass). A mode extends
 * {@link io.redweave.weave.contract.WeavingContract} and says only how it obtains an instance of a service class.
 */
package io.redweave.weave.contract;
