package io.redweave.session;

import java.util.Optional;

/**
 * The session of the current {@code @SessionScoped} call, on the calling thread.
 *
 * <pre>{@code
 * @SessionScoped(id = "{sessionId}")
 * public Cart cart(String sessionId) {
 *     String userId = SessionContext.current().userId();
 *     ...
 * }
 * }</pre>
 *
 * <p>The session is bound for the synchronous part of the call only: code that runs later on another thread (a
 * {@code CompletableFuture} stage, say) must take what it needs from the session before it leaves.
 */
public final class SessionContext {
    private static final ThreadLocal<SessionData> CURRENT = new ThreadLocal<>();

    private SessionContext() {
    }

    /**
     * The session of the {@code @SessionScoped} call running on this thread.
     *
     * @throws IllegalStateException outside such a call
     */
    public static SessionData current() {
        SessionData session = CURRENT.get();
        if (session == null) {
            throw new IllegalStateException("No session is bound to this thread: SessionContext.current() works only"
                    + " inside a @SessionScoped method (and not on threads it hands work to)");
        }
        return session;
    }

    /** The session of the {@code @SessionScoped} call running on this thread, if any. */
    public static Optional<SessionData> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Binds {@code session} to this thread until the returned binding is closed, which restores what was bound
     * before. Used by the interceptor; tests of {@code @SessionScoped} code may use it too.
     */
    public static Binding bind(SessionData session) {
        SessionData previous = CURRENT.get();
        CURRENT.set(session);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A session bound to a thread; closing it restores the previous one. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
