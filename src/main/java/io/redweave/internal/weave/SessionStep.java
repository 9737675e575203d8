package io.redweave.internal.weave;

import io.redweave.InvalidKeyTemplateException;
import io.redweave.SessionNotFoundException;
import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionData;
import io.redweave.session.SessionManager;
import io.redweave.template.ProblemId;
import io.redweave.template.TemplateProblem;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The {@link SessionScoped} part of a method: resolves the session id, loads the session (throwing
 * {@link SessionNotFoundException} when it is missing or expired), and slides its expiry unless {@code touch} is
 * false.
 */
final class SessionStep {
    private final KeySource id;
    private final boolean touch;
    private final FailurePolicy policy;

    private SessionStep(KeySource id, SessionScoped scoped) {
        this.id = id;
        this.touch = scoped.touch();
        this.policy = scoped.onFailure();
    }

    /**
     * Whether {@code method}'s parameters can resolve the session id template of {@code scoped}.
     *
     * @throws InvalidKeyTemplateException when the parameter names are unknown (compiled without
     *     {@code -parameters} or the processor): skipping then would silently leave every method unprotected
     */
    static boolean canResolve(SessionScoped scoped, Method method) {
        try {
            KeySource.text(scoped.id(), method);
            return true;
        } catch (InvalidKeyTemplateException e) {
            for (TemplateProblem problem : e.problems()) {
                if (problem.id() == ProblemId.PARAMETER_NAMES_UNAVAILABLE) {
                    throw e;
                }
            }
            return false;
        }
    }

    static SessionStep of(SessionScoped scoped, Method method) {
        return new SessionStep(KeySource.text(scoped.id(), method), scoped);
    }

    /**
     * The call's session; empty only when Redis is unreachable under {@code FAIL_OPEN}.
     *
     * @throws SessionNotFoundException when the session is missing or expired
     */
    Optional<SessionData> apply(Object[] args, SessionManager sessions, Guard guard) {
        String sessionId = id.render(args);
        return guard.call(policy, "session lookup", sessionId, () -> Optional.of(load(sessionId, sessions)),
                Optional::empty);
    }

    private SessionData load(String sessionId, SessionManager sessions) {
        SessionData session = sessions.getSession(sessionId)
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (touch && !sessions.touchSession(sessionId)) {
            throw new SessionNotFoundException(sessionId);
        }
        return session;
    }
}
