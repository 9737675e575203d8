package io.redweave.examples.guice;

import com.google.inject.AbstractModule;
import com.google.inject.matcher.Matcher;
import com.google.inject.matcher.Matchers;
import io.redweave.RedWeave;
import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

// region guice-module
/**
 * A Guice module that binds a {@link RedWeave} and applies its annotations to every object Guice constructs: each
 * call of a method annotated with a RedWeave annotation goes through {@link GuiceInterceptorAdapter}. Guice
 * intercepts only objects it creates itself, whose methods are neither private nor final.
 */
public final class RedWeaveModule extends AbstractModule {
    private final RedWeave redweave;

    /** A module for {@code redweave}, which the caller closes when the application stops. */
    public RedWeaveModule(RedWeave redweave) {
        this.redweave = redweave;
    }

    @Override
    protected void configure() {
        bind(RedWeave.class).toInstance(redweave);
        bindInterceptor(Matchers.any(), new AnnotatedWithRedWeave(), new GuiceInterceptorAdapter(redweave.interceptor()));
    }

    /** Methods that carry a RedWeave annotation, or are public methods of a type annotated with @SessionScoped. */
    static final class AnnotatedWithRedWeave implements Matcher<Method> {
        @Override
        public boolean matches(Method method) {
            return !method.isSynthetic() && (method.isAnnotationPresent(Cached.class)
                    || method.isAnnotationPresent(RateLimited.class)
                    || method.getAnnotationsByType(InvalidateCache.class).length > 0
                    || method.isAnnotationPresent(SessionScoped.class)
                    || Modifier.isPublic(method.getModifiers())
                            && method.getDeclaringClass().isAnnotationPresent(SessionScoped.class));
        }
    }
}
// endregion guice-module
