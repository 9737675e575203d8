package io.redweave.internal.weave;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * What RedWeave does around one method, worked out once from its annotations: parsed and bound templates, TTLs,
 * the return shape. Bad metadata fails here, on first use (or at weave time), never on a later call.
 *
 * <p>Annotations are read from the most specific method of the target class first, then from the method called
 * (an interface method, for proxies); {@code @SessionScoped} also from the target class and the declaring class.
 */
final class MethodPlan {
    static final MethodPlan NONE = new MethodPlan(null, null, null, List.of(), List.of());

    final SessionStep session;
    final RateLimitStep rateLimit;
    final CacheStep cache;
    final List<InvalidationStep> before;
    final List<InvalidationStep> after;

    private MethodPlan(SessionStep session, RateLimitStep rateLimit, CacheStep cache, List<InvalidationStep> before,
            List<InvalidationStep> after) {
        this.session = session;
        this.rateLimit = rateLimit;
        this.cache = cache;
        this.before = before;
        this.after = after;
    }

    /** The plan of {@code called} invoked on an instance of {@code targetClass} (which may be null). */
    static MethodPlan of(Method called, Class<?> targetClass) {
        Method specific = mostSpecific(called, targetClass);
        Cached cached = find(Cached.class, specific, called);
        RateLimited limited = find(RateLimited.class, specific, called);
        SessionScoped scoped = sessionScoped(specific, called, targetClass);
        List<InvalidationStep> before = new ArrayList<>();
        List<InvalidationStep> after = new ArrayList<>();
        for (InvalidateCache invalidate : invalidations(specific, called)) {
            InvalidationStep step = InvalidationStep.of(invalidate, specific);
            (step.before() ? before : after).add(step);
        }
        if (cached == null && limited == null && scoped == null && before.isEmpty() && after.isEmpty()) {
            return NONE;
        }
        return new MethodPlan(scoped == null ? null : SessionStep.of(scoped, specific),
                limited == null ? null : RateLimitStep.of(limited, specific),
                cached == null ? null : CacheStep.of(cached, specific), List.copyOf(before), List.copyOf(after));
    }

    boolean isEmpty() {
        return this == NONE;
    }

    private static Method mostSpecific(Method called, Class<?> targetClass) {
        if (targetClass == null || called.getDeclaringClass() == targetClass || Modifier.isStatic(called.getModifiers())) {
            return called;
        }
        for (Class<?> type = targetClass; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method declared = type.getDeclaredMethod(called.getName(), called.getParameterTypes());
                if (!declared.isBridge() && !declared.isSynthetic()) {
                    return declared;
                }
            } catch (NoSuchMethodException e) {
                // keep looking in the superclass
            }
        }
        return called;
    }

    private static <A extends Annotation> A find(Class<A> type, Method specific, Method called) {
        A annotation = specific.getAnnotation(type);
        return annotation != null ? annotation : called.getAnnotation(type);
    }

    private static InvalidateCache[] invalidations(Method specific, Method called) {
        InvalidateCache[] found = specific.getAnnotationsByType(InvalidateCache.class);
        return found.length > 0 ? found : called.getAnnotationsByType(InvalidateCache.class);
    }

    private static SessionScoped sessionScoped(Method specific, Method called, Class<?> targetClass) {
        SessionScoped scoped = find(SessionScoped.class, specific, called);
        if (scoped == null && targetClass != null && Modifier.isPublic(specific.getModifiers())) {
            scoped = targetClass.getAnnotation(SessionScoped.class);
        }
        if (scoped == null && Modifier.isPublic(specific.getModifiers())) {
            scoped = specific.getDeclaringClass().getAnnotation(SessionScoped.class);
        }
        return scoped;
    }
}
