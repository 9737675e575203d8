package io.redweave.examples.aspectj.ctw;

import io.redweave.weave.contract.WeavingContract;

/** The shared weaving contract suite, against its services as woven by ajc when this module was built. */
class AspectJCompileTimeContractTest extends WeavingContract {

    @Override
    protected <T> T weave(Class<T> serviceType) throws Exception {
        return serviceType.getConstructor().newInstance();
    }
}
