package io.redweave.benchmarks.services;

/** The interface of {@link DispatchTarget}, for the proxy variants. */
public interface DispatchApi {

    /** A method carrying {@code @Cached}. */
    String annotated(String id);

    /** A method the interception core has an empty plan for. */
    String emptyPlan(String id);

    /** A method nobody intercepts. */
    String plain(String id);
}
