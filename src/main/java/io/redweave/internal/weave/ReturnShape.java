package io.redweave.internal.weave;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * How a method returns its value, and the one place that wraps and unwraps it: a plain value, an
 * {@code Optional<T>} (its inner value is cached), or a {@code CompletableFuture<T>}/{@code CompletionStage<T>}
 * (the completed value is cached; a hit returns a completed future).
 *
 * @param kind      which of the three
 * @param valueType the type that is cached: the return type, or its type argument
 */
record ReturnShape(Kind kind, Type valueType) {

    /** The three return forms. */
    enum Kind { VALUE, OPTIONAL, ASYNC }

    /** The shape of {@code method}'s generic return type. */
    static ReturnShape of(Method method) {
        Type type = method.getGenericReturnType();
        Class<?> raw = method.getReturnType();
        if (raw == Optional.class) {
            return new ReturnShape(Kind.OPTIONAL, argument(type, method));
        }
        if (raw == CompletableFuture.class || raw == CompletionStage.class) {
            return new ReturnShape(Kind.ASYNC, argument(type, method));
        }
        return new ReturnShape(Kind.VALUE, boxed(type));
    }

    /** The caller's result for a cached value. */
    Object wrap(Object value) {
        switch (kind) {
            case OPTIONAL:
                return Optional.ofNullable(value);
            case ASYNC:
                return CompletableFuture.completedFuture(value);
            default:
                return value;
        }
    }

    /** The value to cache from a synchronous result ({@code Optional.empty()} becomes {@code null}). */
    Object unwrap(Object result) {
        if (kind == Kind.OPTIONAL) {
            return result == null ? null : ((Optional<?>) result).orElse(null);
        }
        return result;
    }

    boolean isAsync() {
        return kind == Kind.ASYNC;
    }

    private static Type argument(Type type, Method method) {
        if (type instanceof ParameterizedType) {
            return ((ParameterizedType) type).getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("@Cached method " + method + " returns a raw " + method.getReturnType()
                .getSimpleName() + ": declare its type argument, such as Optional<User>, so values can be decoded");
    }

    private static Type boxed(Type type) {
        if (type instanceof Class<?> && ((Class<?>) type).isPrimitive()) {
            return java.lang.invoke.MethodType.methodType((Class<?>) type).wrap().returnType();
        }
        return type;
    }
}
