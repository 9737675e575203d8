package io.redweave.weave.contract.services;

/** Rate-limit scenarios, as an interface implemented by {@link LimitedServiceImpl}. */
public interface LimitedService {

    /** Two calls per caller per minute ({@code api:{caller}}). */
    String call(String caller);

    /** Two calls per id per minute, then cached: a cache hit still takes a permit. */
    User limitedUser(String id);

    /** How many times a method body ran (not annotated: never intercepted). */
    int loads();
}
