package io.redweave.internal.bytebuddy;

import io.redweave.weave.Interceptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a generated class must intercept, worked out at weave time: the methods of a class hierarchy, which of them
 * the interceptor acts on (computing and so validating their plans), and the clear errors for the methods a
 * generated class cannot reach.
 */
final class WovenMethods {
    private static final String ANNOTATION_PACKAGE = "io.redweave.annotation";

    private WovenMethods() {
    }

    /**
     * The methods of {@code type} and its superclasses (not {@link Object}), one per signature (the most specific
     * declaration), without bridges and other synthetic methods.
     */
    static List<Method> ofHierarchy(Class<?> type) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Method method : current.getDeclaredMethods()) {
                if (!method.isBridge() && !method.isSynthetic()) {
                    bySignature.putIfAbsent(signature(method), method);
                }
            }
        }
        return new ArrayList<>(bySignature.values());
    }

    /**
     * The methods among {@code candidates} that the interceptor acts on when called on a {@code targetClass}; their
     * plans are computed now, so bad metadata fails here. Private and static methods are never asked about (a
     * generated class cannot reach them): any RedWeave annotation on them is an error.
     *
     * @throws IllegalArgumentException naming the class and the method, when a plan is invalid or a method
     *                                  carrying annotations is private or static
     */
    static List<Method> intercepted(Interceptor interceptor, Class<?> targetClass, List<Method> candidates,
            String action) {
        List<Method> intercepted = new ArrayList<>();
        for (Method method : candidates) {
            int modifiers = method.getModifiers();
            if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)) {
                if (annotated(method)) {
                    throw cannot(action, targetClass, "its method " + describe(method) + " carries RedWeave annotations"
                            + " but is " + (Modifier.isPrivate(modifiers) ? "private" : "static") + ", so no proxy or"
                            + " generated subclass can ever reach it; make it an instance method that is not private");
                }
            } else if (interceptsValidated(interceptor, method, targetClass, action)) {
                intercepted.add(method);
            }
        }
        return intercepted;
    }

    /** Whether the interceptor acts on {@code method}; its plan is computed (and so validated) now. */
    static boolean interceptsValidated(Interceptor interceptor, Method method, Class<?> targetClass, String action) {
        try {
            return interceptor.intercepts(method, targetClass);
        } catch (RuntimeException e) {
            IllegalArgumentException failure = cannot(action, targetClass, "the RedWeave annotations of "
                    + describe(method) + " are invalid: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    /** Whether {@code method} itself carries one of RedWeave's annotations. */
    static boolean annotated(Method method) {
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            if (annotation.annotationType().getPackageName().equals(ANNOTATION_PACKAGE)) {
                return true;
            }
        }
        return false;
    }

    /** A method's name and erased parameter types, such as {@code find(java.lang.String,int)}. */
    static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** A method as messages name it, such as {@code UserService.find(String, int)}. */
    static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The error of a weave that cannot be done: "Cannot proxy com.example.Foo: reason". */
    static IllegalArgumentException cannot(String action, Class<?> type, String reason) {
        return new IllegalArgumentException("Cannot " + action + " " + type.getName() + ": " + reason);
    }
}
