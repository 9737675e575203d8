package io.redweave.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires a live session for the call: the session id is rendered from {@link #id()}, the session is loaded,
 * its expiry and {@code lastActivity} are refreshed (unless {@link #touch()} is false), and it is available as
 * {@code SessionContext.current()} while the method runs. A missing or expired session throws
 * {@link io.redweave.SessionNotFoundException}.
 *
 * <pre>{@code
 * @SessionScoped(id = "{sessionId}")
 * public Cart cart(String sessionId) { ... }
 * }</pre>
 *
 * <p>On a type, it applies to every public method that can resolve the id.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SessionScoped {

    /** The template of the session id, such as {@code "{sessionId}"} or {@code "{request.session}"}. */
    String id();

    /** Whether to refresh the session's expiry and {@code lastActivity}. Default true. */
    boolean touch() default true;

    /** What to do when Redis is unreachable. Default {@link FailurePolicy#FAIL_CLOSED}: throw. */
    FailurePolicy onFailure() default FailurePolicy.FAIL_CLOSED;
}
