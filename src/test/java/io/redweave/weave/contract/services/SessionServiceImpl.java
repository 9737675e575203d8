package io.redweave.weave.contract.services;

import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;

/** The annotated implementation of {@link SessionService}. */
public class SessionServiceImpl implements SessionService {

    @Override
    @SessionScoped(id = "{sessionId}")
    public String whoAmI(String sessionId) {
        return SessionContext.current().userId();
    }

    @Override
    @SessionScoped(id = "{sessionId}", touch = false)
    public String peek(String sessionId) {
        return SessionContext.current().userId();
    }

    @Override
    @SessionScoped(id = "{sessionId}")
    @RateLimited(key = "session-calls:{sessionId}", limit = 1, window = 60)
    public String limitedWhoAmI(String sessionId) {
        return SessionContext.current().userId();
    }
}
