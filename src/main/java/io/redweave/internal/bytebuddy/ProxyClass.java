package io.redweave.internal.bytebuddy;

import io.redweave.weave.Interceptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated proxy class of one target class, built once and shared by every RedWeave instance (each proxy holds
 * its own {@link Dispatcher}): it implements the target class's interfaces when it has any, and otherwise extends
 * the target class. Either way every call is delegated to the target; only the methods the interceptor acts on go
 * through it.
 */
final class ProxyClass {
    /** The name of the field of a generated proxy that holds its target. */
    static final String TARGET = "redweave$target";
    private static final Logger LOG = LoggerFactory.getLogger(ProxyClass.class);

    private static final ClassValue<GeneratedClasses.Lazy<ProxyClass>> CLASSES = new ClassValue<>() {
        @Override
        protected GeneratedClasses.Lazy<ProxyClass> computeValue(Class<?> type) {
            return new GeneratedClasses.Lazy<>();
        }
    };

    private final Class<?> targetClass;
    private final List<Method> intercepted;
    private final Constructor<?> constructor;

    private ProxyClass(Class<?> targetClass, List<Method> intercepted, Class<?> generated) {
        this.targetClass = targetClass;
        this.intercepted = intercepted;
        try {
            this.constructor = generated.getConstructor(Dispatcher.class, generated.getSuperclass());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("generated proxy " + generated.getName() + " has no constructor", e);
        }
    }

    /** The proxy class of {@code targetClass}, generated on first use; validates with {@code interceptor}. */
    static ProxyClass of(Class<?> targetClass, Interceptor interceptor) {
        ProxyClass proxyClass = CLASSES.get(targetClass).get(() -> generate(targetClass, interceptor));
        proxyClass.validate(interceptor);
        return proxyClass;
    }

    /** A proxy of {@code target} whose intercepted calls go to {@code dispatcher}. */
    Object instantiate(Dispatcher dispatcher, Object target) {
        try {
            return constructor.newInstance(dispatcher, target);
        } catch (InvocationTargetException e) {
            throw WovenMethods.cannot("proxy", targetClass, "its no-argument constructor, run for the proxy's own"
                    + " (unused) state, threw " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the generated proxy of " + targetClass.getName(), e);
        }
    }

    /** Computes this instance's plans of every intercepted method now, so bad metadata fails at proxy time. */
    private void validate(Interceptor interceptor) {
        for (Method method : intercepted) {
            WovenMethods.interceptsValidated(interceptor, method, targetClass, "proxy");
        }
    }

    private static ProxyClass generate(Class<?> targetClass, Interceptor interceptor) {
        List<Class<?>> interfaces = interfaces(targetClass);
        List<Method> ownIntercepted = WovenMethods.intercepted(interceptor, targetClass,
                WovenMethods.ofHierarchy(targetClass), "proxy");
        if (!interfaces.isEmpty()) {
            List<Method> intercepted = interfaceMethods(targetClass, interfaces, ownIntercepted, interceptor);
            return new ProxyClass(targetClass, intercepted,
                    ProxyGenerator.implementing(targetClass, interfaces, signatures(intercepted)));
        }
        checkSubclassable(targetClass, ownIntercepted);
        warnAboutFinalMethods(targetClass);
        return new ProxyClass(targetClass, ownIntercepted,
                ProxyGenerator.extending(targetClass, signatures(ownIntercepted)));
    }

    /** The interfaces of the class and its superclasses that a class in its package can implement. */
    private static List<Class<?>> interfaces(Class<?> targetClass) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> type = targetClass; type != null; type = type.getSuperclass()) {
            for (Class<?> candidate : type.getInterfaces()) {
                boolean visible = Modifier.isPublic(candidate.getModifiers())
                        || (candidate.getPackageName().equals(targetClass.getPackageName())
                                && candidate.getClassLoader() == targetClass.getClassLoader());
                if (visible && candidate != ProxyTarget.class) {
                    found.add(candidate);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The interface methods the proxy intercepts; every method the interceptor acts on must be among them. */
    private static List<Method> interfaceMethods(Class<?> targetClass, List<Class<?>> interfaces,
            List<Method> ownIntercepted, Interceptor interceptor) {
        List<Method> intercepted = new ArrayList<>();
        Set<String> reachable = new LinkedHashSet<>();
        for (Class<?> type : interfaces) {
            for (Method method : type.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers())) {
                    reachable.add(WovenMethods.signature(method));
                    if (WovenMethods.interceptsValidated(interceptor, method, targetClass, "proxy")) {
                        intercepted.add(method);
                    }
                }
            }
        }
        for (Method method : ownIntercepted) {
            if (!reachable.contains(WovenMethods.signature(method))) {
                throw WovenMethods.cannot("proxy", targetClass, "its method " + WovenMethods.describe(method)
                        + " carries RedWeave annotations, but none of its interfaces "
                        + interfaces.stream().map(Class::getName).collect(Collectors.toList())
                        + " declares it, and the proxy implements only those; declare it in an interface, or use"
                        + " redweave.enhance(" + targetClass.getSimpleName() + ".class), whose instances are"
                        + " subclasses that intercept every annotated method");
            }
        }
        return intercepted;
    }

    private static void checkSubclassable(Class<?> targetClass, List<Method> intercepted) {
        if (Modifier.isFinal(targetClass.getModifiers())) {
            throw WovenMethods.cannot("proxy", targetClass, "it is final and implements no interface, so a proxy can"
                    + " neither extend it nor implement its interfaces; remove 'final', or give it an interface that"
                    + " declares the annotated methods");
        }
        try {
            Constructor<?> noArguments = targetClass.getDeclaredConstructor();
            if (Modifier.isPrivate(noArguments.getModifiers())) {
                throw new NoSuchMethodException("private");
            }
        } catch (NoSuchMethodException e) {
            throw WovenMethods.cannot("proxy", targetClass, "it implements no interface, so its proxy must be a"
                    + " subclass, and a subclass proxy needs a no-argument constructor that is not private, which it"
                    + " does not have; use redweave.enhance(" + targetClass.getSimpleName() + ".class) and create"
                    + " instances of the returned subclass with its own constructors (your DI container can), or give"
                    + " it an interface");
        }
        for (Method method : intercepted) {
            if (Modifier.isFinal(method.getModifiers())) {
                throw WovenMethods.cannot("proxy", targetClass, "its method " + WovenMethods.describe(method)
                        + " carries RedWeave annotations but is final, so a subclass proxy cannot intercept it;"
                        + " remove 'final' (or give the class an interface that declares the method)");
            }
            if (!Modifier.isPublic(method.getModifiers())
                    && !method.getDeclaringClass().getPackageName().equals(targetClass.getPackageName())) {
                throw WovenMethods.cannot("proxy", targetClass, "its method " + WovenMethods.describe(method)
                        + " carries RedWeave annotations but is not public and is declared in another package, so a"
                        + " proxy cannot forward it; make it public");
            }
        }
    }

    /** Final methods cannot be delegated by a subclass proxy: they would run on the proxy's own, unused, fields. */
    private static void warnAboutFinalMethods(Class<?> targetClass) {
        List<String> finals = WovenMethods.ofHierarchy(targetClass).stream()
                .filter(method -> Modifier.isFinal(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !Modifier.isPrivate(method.getModifiers()))
                .map(WovenMethods::describe).collect(Collectors.toList());
        if (!finals.isEmpty()) {
            LOG.warn("The proxy of {} cannot delegate its final methods {} to the target: called on the proxy, they"
                    + " run on the proxy's own fields. Call them on the target, or use redweave.enhance({}.class)",
                    targetClass.getName(), finals, targetClass.getSimpleName());
        }
    }

    private static Set<String> signatures(List<Method> methods) {
        return methods.stream().map(WovenMethods::signature).collect(Collectors.toSet());
    }
}
