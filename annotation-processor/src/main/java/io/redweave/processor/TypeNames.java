package io.redweave.processor;

import java.util.StringJoiner;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Names of erased types as reflection prints them: {@code Class.getTypeName()} ({@code java.lang.String},
 * {@code int[]}, {@code com.example.Outer$Inner}) and {@code Class.getSimpleName()}, so that what the processor
 * writes can be looked up by the runtime from a {@link java.lang.reflect.Method}.
 */
final class TypeNames {
    private final Elements elements;
    private final Types types;

    TypeNames(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** {@code Class.getTypeName()} of the erasure of a type. */
    String typeName(TypeMirror type) {
        TypeMirror erased = type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID ? type : types.erasure(type);
        if (erased.getKind() == TypeKind.ARRAY) {
            return typeName(((ArrayType) erased).getComponentType()) + "[]";
        }
        if (erased.getKind() == TypeKind.DECLARED) {
            return binaryName((TypeElement) ((DeclaredType) erased).asElement());
        }
        return erased.toString();
    }

    /** {@code Class.getSimpleName()} of the erasure of a type. */
    String simpleName(TypeMirror type) {
        TypeMirror erased = type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID ? type : types.erasure(type);
        if (erased.getKind() == TypeKind.ARRAY) {
            return simpleName(((ArrayType) erased).getComponentType()) + "[]";
        }
        if (erased.getKind() == TypeKind.DECLARED) {
            return ((DeclaredType) erased).asElement().getSimpleName().toString();
        }
        return erased.toString();
    }

    /** The binary name of a type, as {@code Class.getName()} gives it: {@code com.example.Outer$Inner}. */
    String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    /** A method's name and erased parameter types, such as {@code find(java.lang.String,int[])}. */
    String signature(ExecutableElement method) {
        StringJoiner parameters = new StringJoiner(",", method.getSimpleName() + "(", ")");
        for (VariableElement parameter : method.getParameters()) {
            parameters.add(typeName(parameter.asType()));
        }
        return parameters.toString();
    }

    /** A method as messages name it, such as {@code find(String, int)}. */
    String display(ExecutableElement method) {
        StringJoiner parameters = new StringJoiner(", ", method.getSimpleName() + "(", ")");
        for (VariableElement parameter : method.getParameters()) {
            parameters.add(simpleName(parameter.asType()));
        }
        return parameters.toString();
    }
}
