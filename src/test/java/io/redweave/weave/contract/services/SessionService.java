package io.redweave.weave.contract.services;

/** Session scenarios, as an interface implemented by {@link SessionServiceImpl}. */
public interface SessionService {

    /** The user of the session, read from {@code SessionContext.current()}; slides the session's expiry. */
    String whoAmI(String sessionId);

    /** The same, with {@code touch = false}: the session's expiry is left alone. */
    String peek(String sessionId);

    /** Scoped, then limited to one call per session per minute: a missing session fails before the limiter. */
    String limitedWhoAmI(String sessionId);
}
