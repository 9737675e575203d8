package io.redweave.internal.bytebuddy;

import static net.bytebuddy.matcher.ElementMatchers.named;

import io.redweave.weave.Interceptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.Transformer;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.MethodDelegation;

/**
 * The enhanced subclasses of one RedWeave instance (one {@link Interceptor}), each generated once per class.
 *
 * <p>An enhanced subclass has the constructors of its superclass (same parameters, modifiers, annotations and
 * parameter names) and the superclass's type annotations, so DI containers instantiate it like the original. It
 * overrides only the methods the interceptor acts on; each override hands the call to the instance's
 * {@link Dispatcher}, held in a static field of the generated class (set when the class is created), and the body
 * runs through {@code super}.
 *
 * <p>Implementation notes: the overrides are marked synthetic. The interception core looks for the most specific
 * declaration of a method and skips synthetic ones, so it reads the annotations, parameter names and declaring class
 * of the user's method, never of the generated one: a default cache key names {@code com.example.Foo}, not the
 * generated {@code Foo$RedWeave$1}.
 */
final class EnhancedClasses {
    private static final Map<Interceptor, EnhancedClasses> BY_INTERCEPTOR =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Interceptor interceptor;
    private final Dispatcher dispatcher;
    private final ClassValue<GeneratedClasses.Lazy<Class<?>>> classes = new ClassValue<>() {
        @Override
        protected GeneratedClasses.Lazy<Class<?>> computeValue(Class<?> type) {
            return new GeneratedClasses.Lazy<>();
        }
    };

    private EnhancedClasses(Interceptor interceptor) {
        this.interceptor = interceptor;
        this.dispatcher = new Dispatcher(interceptor);
    }

    /** The enhanced subclass of {@code type} bound to {@code interceptor}, generated on first use. */
    @SuppressWarnings("unchecked")
    static <T> Class<? extends T> enhance(Interceptor interceptor, Class<T> type) {
        EnhancedClasses enhanced = BY_INTERCEPTOR.computeIfAbsent(interceptor, EnhancedClasses::new);
        return (Class<? extends T>) enhanced.classes.get(type).get(() -> enhanced.generate(type));
    }

    private Class<?> generate(Class<?> type) {
        checkEnhanceable(type);
        List<Method> intercepted = WovenMethods.intercepted(interceptor, type, WovenMethods.ofHierarchy(type),
                "enhance");
        checkOverridable(type, intercepted);
        Set<String> signatures = intercepted.stream().map(WovenMethods::signature).collect(Collectors.toSet());
        DynamicType.Unloaded<?> unloaded;
        try {
            unloaded = GeneratedClasses.byteBuddy()
                    .subclass(type, ConstructorStrategy.Default.IMITATE_SUPER_CLASS.withInheritedAnnotations())
                    .name(GeneratedClasses.name(type, ""))
                    .annotateType(type.getDeclaredAnnotations())
                    .method(method -> signatures.contains(ProxyGenerator.signature(method)))
                    .intercept(MethodDelegation.withDefaultConfiguration().filter(named("enhanced")).to(dispatcher))
                    .transform(Transformer.ForMethod.withModifiers(SyntheticState.SYNTHETIC))
                    .make();
        } catch (RuntimeException e) {
            IllegalArgumentException failure = WovenMethods.cannot("enhance", type,
                    "Byte Buddy could not generate its subclass: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
        Class<?> generated = GeneratedClasses.define(unloaded, type, "enhance");
        for (Method method : intercepted) {
            if (!WovenMethods.interceptsValidated(interceptor, method, generated, "enhance")) {
                throw new IllegalStateException("the interception core does not see the annotations of "
                        + WovenMethods.describe(method) + " on the generated " + generated.getName());
            }
        }
        return generated;
    }

    private static void checkEnhanceable(Class<?> type) {
        int modifiers = type.getModifiers();
        String problem = type.isInterface() ? "it is an interface; enhance a class that implements it, or proxy an"
                + " instance of one with redweave.proxy(...)"
                : type.isArray() || type.isPrimitive() ? "it is not a class"
                : Modifier.isFinal(modifiers) ? "it is final, so no subclass of it can be generated; remove 'final'"
                : Modifier.isAbstract(modifiers) ? "it is abstract; enhance a concrete subclass of it"
                : null;
        if (problem != null) {
            throw WovenMethods.cannot("enhance", type, problem);
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (!Modifier.isPrivate(constructor.getModifiers())) {
                return;
            }
        }
        throw WovenMethods.cannot("enhance", type, "all its constructors are private, so no subclass of it can be"
                + " created; make one of them public, protected or package-private");
    }

    private static void checkOverridable(Class<?> type, List<Method> intercepted) {
        for (Method method : intercepted) {
            int modifiers = method.getModifiers();
            if (Modifier.isFinal(modifiers)) {
                throw WovenMethods.cannot("enhance", type, "its method " + WovenMethods.describe(method)
                        + " carries RedWeave annotations but is final, so a subclass cannot intercept it;"
                        + " remove 'final'");
            }
            if (!Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)
                    && !method.getDeclaringClass().getPackageName().equals(type.getPackageName())) {
                throw WovenMethods.cannot("enhance", type, "its method " + WovenMethods.describe(method)
                        + " carries RedWeave annotations but is package-private in another package, so a subclass"
                        + " cannot override it; make it public or protected");
            }
        }
    }
}
