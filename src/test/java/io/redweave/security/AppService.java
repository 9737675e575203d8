package io.redweave.security;

import io.redweave.annotation.Cached;
import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;

/** An annotated service that uses every annotation, FAIL_CLOSED so that a refused command shows. */
public interface AppService {

    @Cached(key = "profile:{id}", ttl = 60, onFailure = FailurePolicy.FAIL_CLOSED)
    String profile(String id);

    @RateLimited(key = "login:{user}", limit = 100, window = 60, onFailure = FailurePolicy.FAIL_CLOSED)
    String login(String user);

    @InvalidateCache(pattern = "profile:{id}*", onFailure = FailurePolicy.FAIL_CLOSED)
    void rename(String id);

    @SessionScoped(id = "{sessionId}")
    String whoAmI(String sessionId);

    /** The implementation: plain values. */
    final class Impl implements AppService {
        @Override
        public String profile(String id) {
            return "profile " + id;
        }

        @Override
        public String login(String user) {
            return "welcome " + user;
        }

        @Override
        public void rename(String id) {
        }

        @Override
        public String whoAmI(String sessionId) {
            return SessionContext.current().userId();
        }
    }
}
