package io.redweave.internal.bytebuddy;

import io.redweave.RedWeave;
import io.redweave.weave.contract.WeavingContract;

/** The weaving contract suite against Byte Buddy proxies: {@code RedWeave.get().proxy(new Service())}. */
class ByteBuddyProxyContractTest extends WeavingContract {

    @Override
    protected <T> T weave(Class<T> serviceType) throws Exception {
        return RedWeave.get().proxy(serviceType.getConstructor().newInstance());
    }
}
