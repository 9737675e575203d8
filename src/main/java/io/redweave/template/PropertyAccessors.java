package io.redweave.template;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and caches how to read a property of a class: a getter {@code getX()}, a boolean getter
 * {@code isX()}, a record component {@code x()} or a public field {@code x}, in that order.
 *
 * <p>Implementation notes: the same lookup serves the static check on declared types
 * ({@link #declaredType}) and the reads at render time, so both agree. Accessors are method handles
 * cached per runtime class in a {@link ClassValue}; a non-public class is read through a public
 * supertype that declares the method when there is one, and otherwise made accessible.
 */
final class PropertyAccessors {
    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);
    private static final ClassValue<ConcurrentHashMap<String, Accessor>> BY_CLASS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Accessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private PropertyAccessors() {
    }

    /** The type a property has on a declared type, or null when the type has no such property. */
    static Class<?> declaredType(Class<?> type, String name) {
        Member member = member(type, name);
        if (member instanceof Method method) {
            return method.getReturnType();
        }
        return member instanceof Field field ? field.getType() : null;
    }

    /** The accessor of a property on a runtime class, or null when the class has no such property. */
    static Accessor find(Class<?> type, String name, Slot slot) {
        ConcurrentHashMap<String, Accessor> accessors = BY_CLASS.get(type);
        Accessor accessor = accessors.get(name);
        if (accessor == null) {
            Member member = member(type, name);
            if (member == null) {
                return null;
            }
            accessor = new Accessor(handle(member, slot).asType(READ));
            Accessor raced = accessors.putIfAbsent(name, accessor);
            accessor = raced != null ? raced : accessor;
        }
        return accessor;
    }

    /** The places a property is looked for, for messages. */
    static String candidates(String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return "get" + capitalized + "(), is" + capitalized + "(), record component " + name
                + "() or public field " + name;
    }

    /** The member that reads a property, or null. */
    static Member member(Class<?> type, String name) {
        if (type.isPrimitive() || type.isArray() || name.equals("class")) {
            return null;
        }
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Method getter = publicGetter(type, "get" + capitalized);
        if (getter != null && getter.getReturnType() != void.class) {
            return getter;
        }
        Method is = publicGetter(type, "is" + capitalized);
        if (is != null && (is.getReturnType() == boolean.class || is.getReturnType() == Boolean.class)) {
            return is;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getAccessor();
                }
            }
        }
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? null : field;
        } catch (NoSuchFieldException absent) {
            return null;
        }
    }

    private static Method publicGetter(Class<?> type, String methodName) {
        try {
            Method method = type.getMethod(methodName);
            return Modifier.isStatic(method.getModifiers()) ? null : method;
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }

    private static MethodHandle handle(Member member, Slot slot) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            return member instanceof Method method ? lookup.unreflect(method) : lookup.unreflectGetter((Field) member);
        } catch (IllegalAccessException notPublic) {
            MethodHandle viaSupertype = member instanceof Method method ? viaPublicSupertype(method) : null;
            if (viaSupertype != null) {
                return viaSupertype;
            }
            return forcedHandle(member, slot, notPublic);
        }
    }

    private static MethodHandle viaPublicSupertype(Method method) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(method.getDeclaringClass());
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            if (type.getSuperclass() != null) {
                pending.add(type.getSuperclass());
            }
            for (Class<?> implemented : type.getInterfaces()) {
                pending.add(implemented);
            }
            try {
                return MethodHandles.publicLookup().unreflect(type.getMethod(method.getName()));
            } catch (NoSuchMethodException | IllegalAccessException notHere) {
                // keep looking further up
            }
        }
        return null;
    }

    private static MethodHandle forcedHandle(Member member, Slot slot, IllegalAccessException notPublic) {
        try {
            if (member instanceof Method method && method.trySetAccessible()) {
                return MethodHandles.lookup().unreflect(method);
            }
            if (member instanceof Field field && field.trySetAccessible()) {
                return MethodHandles.lookup().unreflectGetter(field);
            }
        } catch (IllegalAccessException | SecurityException stillDenied) {
            notPublic.addSuppressed(stillDenied);
        }
        throw new TemplateRenderException(slot.template(), "the placeholder " + slot.placeholder() + " cannot read "
                + member + ": " + member.getDeclaringClass().getTypeName()
                + " is not accessible; make it public, or open its package to io.redweave", notPublic);
    }

    /** Reads one property through a method handle of type {@code (Object)Object}. */
    record Accessor(MethodHandle handle) {
        Object read(Object target, Slot slot, String name) {
            try {
                return (Object) handle.invokeExact(target);
            } catch (Error error) {
                throw error;
            } catch (Throwable thrown) {
                throw new TemplateRenderException(slot.template(), "the placeholder " + slot.placeholder()
                        + " failed reading property '" + name + "' of " + target.getClass().getTypeName() + ": "
                        + thrown, thrown);
            }
        }
    }
}
