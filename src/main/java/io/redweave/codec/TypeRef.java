package io.redweave.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

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
     * @throws IllegalStateException when the subclass gives no type argument, or gives a type variable
     */
    protected TypeRef() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType)) {
            throw new IllegalStateException("TypeRef " + getClass().getName() + " has no type argument; "
                    + "create it as new TypeRef<List<User>>() {} with a concrete type");
        }
        Type argument = ((ParameterizedType) superclass).getActualTypeArguments()[0];
        if (argument instanceof TypeVariable) {
            throw new IllegalStateException("TypeRef " + getClass().getName() + " captures the type variable "
                    + argument + ", which is erased at run time; create it where the type is concrete");
        }
        this.type = argument;
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
