package io.redweave.examples.aspectj.ltw;

import io.redweave.weave.contract.WeavingContract;

/** The shared weaving contract suite, against its services as compiled by javac and woven by the agent as they load. */
class AspectJLoadTimeContractTest extends WeavingContract {

    @Override
    protected <T> T weave(Class<T> serviceType) throws Exception {
        return serviceType.getConstructor().newInstance();
    }
}
