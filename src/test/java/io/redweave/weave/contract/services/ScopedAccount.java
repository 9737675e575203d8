package io.redweave.weave.contract.services;

import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;

/** {@code @SessionScoped} on a type without interfaces: every public method requires the session. */
@SessionScoped(id = "{sessionId}")
public class ScopedAccount {

    /** The session's user. */
    public String owner(String sessionId) {
        return SessionContext.current().userId();
    }

    /** The session's venue, or {@code "none"}. */
    public String venue(String sessionId) {
        return SessionContext.current().venue().orElse("none");
    }
}
