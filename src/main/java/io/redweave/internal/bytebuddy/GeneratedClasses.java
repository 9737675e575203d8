package io.redweave.internal.bytebuddy;

import java.lang.invoke.MethodHandles;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;

/**
 * Defines generated classes next to the class they extend or proxy: in the same package and class loader, through a
 * private {@link MethodHandles.Lookup}, so they can reach package-private types and methods, and never need a class
 * loader of their own.
 */
final class GeneratedClasses {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy();

    private GeneratedClasses() {
    }

    static ByteBuddy byteBuddy() {
        return BYTE_BUDDY;
    }

    /**
     * A fresh name next to {@code type}, such as {@code com.example.Foo$$RedWeaveProxy$3}: the {@code $$} marks a
     * generated subclass the way CGLIB's names do, so tools that look for the user's class (Spring's
     * {@code ClassUtils.getUserClass}, the interception core) find {@code com.example.Foo}.
     */
    static String name(Class<?> type, String kind) {
        return type.getName() + "$$RedWeave" + kind + "$" + SEQUENCE.incrementAndGet();
    }

    /**
     * Loads {@code unloaded} into the package and class loader of {@code neighbour}.
     *
     * @throws IllegalArgumentException when the package of {@code neighbour} is not open to RedWeave
     */
    static <T> Class<? extends T> define(DynamicType.Unloaded<T> unloaded, Class<?> neighbour, String action) {
        MethodHandles.Lookup lookup;
        try {
            lookup = MethodHandles.privateLookupIn(neighbour, MethodHandles.lookup());
        } catch (IllegalAccessException | SecurityException e) {
            IllegalArgumentException failure = WovenMethods.cannot(action, neighbour, "the generated class must be "
                    + "defined in package " + neighbour.getPackageName() + ", which is not open to RedWeave (on the "
                    + "module path, add 'opens " + neighbour.getPackageName() + " to io.redweave' to its module)");
            failure.initCause(e);
            throw failure;
        }
        return unloaded.load(neighbour.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup)).getLoaded();
    }

    /** A value built once, on first use (a slot of a {@link ClassValue}, whose factory needs arguments). */
    static final class Lazy<T> {
        private volatile T value;

        T get(Supplier<T> factory) {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    current = value;
                    if (current == null) {
                        current = factory.get();
                        value = current;
                    }
                }
            }
            return current;
        }
    }
}
