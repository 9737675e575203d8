package io.redweave.internal.bytebuddy;

import io.redweave.RedWeave;
import io.redweave.weave.contract.WeavingContract;

/** The weaving contract suite against Byte Buddy subclasses: {@code RedWeave.get().enhance(Service.class)}. */
class ByteBuddySubclassContractTest extends WeavingContract {

    @Override
    protected <T> T weave(Class<T> serviceType) throws Exception {
        return RedWeave.get().enhance(serviceType).getConstructor().newInstance();
    }
}
