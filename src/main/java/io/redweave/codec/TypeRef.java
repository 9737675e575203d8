package io.redweave.codec;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/**
 * A super-type token: declares a generic type, such as {@code List<User>}, that a {@code Class} cannot express.
 *
 * <p>Create it as an anonymous subclass, preferably once, in a constant:
 * <pre>{@code
 * static final TypeRef<List<User>> USERS = new TypeRef<>() {};
 * }</pre>
 * Two tokens for the same type are equal.
 *
 * @param <T> the declared type; it must be concrete (not a type variable of an enclosing method or class)
 */
public abstract class TypeRef<T> {

    private final Type type;

    /**
     * Captures the type argument of the anonymous subclass.
     *
     * @throws IllegalStateException when the subclass gives no type argument, or one that contains a type
     *     variable (such as {@code List<T>}), which is erased at run time
     */
    protected TypeRef() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType)) {
            throw new IllegalStateException("TypeRef " + getClass().getName() + " has no type argument; "
                    + "create it as new TypeRef<List<User>>() {} with a concrete type");
        }
        Type argument = ((ParameterizedType) superclass).getActualTypeArguments()[0];
        TypeVariable<?> variable = findVariable(argument);
        if (variable != null) {
            throw new IllegalStateException("TypeRef " + getClass().getName() + " captures " + argument.getTypeName()
                    + ", whose type variable " + variable + " is erased at run time; create it where the type is "
                    + "concrete, or pass a reflected Type");
        }
        this.type = argument;
    }

    private static TypeVariable<?> findVariable(Type type) {
        if (type instanceof TypeVariable) {
            return (TypeVariable<?>) type;
        }
        if (type instanceof GenericArrayType) {
            return findVariable(((GenericArrayType) type).getGenericComponentType());
        }
        Type[] parts = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()
                : type instanceof WildcardType ? ((WildcardType) type).getUpperBounds() : new Type[0];
        for (Type part : parts) {
            TypeVariable<?> variable = findVariable(part);
            if (variable != null) {
                return variable;
            }
        }
        return null;
    }

    /** Returns the captured type. */
    public final Type type() {
        return type;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof TypeRef && type.equals(((TypeRef<?>) other).type);
    }

    @Override
    public final int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return "TypeRef<" + type.getTypeName() + ">";
    }
}
