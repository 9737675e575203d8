package io.redweave.weave.contract;

/**
 * The weaving contract suite, to extend once per weaving mode. A mode says only how it obtains a woven instance of
 * a service class:
 *
 * <pre>{@code
 * class AspectJCompileTimeContractTest extends WeavingContract {
 *     @Override
 *     protected <T> T weave(Class<T> serviceType) throws Exception {
 *         return serviceType.getConstructor().newInstance();      // the class itself was woven by ajc
 *     }
 * }
 * }</pre>
 *
 * <p>The scenarios are inherited from a chain of abstract classes, one per theme. Every test runs against a real
 * Redis with the process-wide default RedWeave ({@code RedWeave.get()}); the services are in
 * {@code io.redweave.weave.contract.services} (published in redweave-core's test jar).
 */
public abstract class WeavingContract extends FailurePolicyContract {
}
