package io.redweave.processor;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The runtime's property and text-form rules, on {@code javax.lang.model} types: what the template package's
 * {@code PropertyAccessors.member} and {@code Binder.whyUnstable} decide by reflection on a {@code Class}, decided
 * here on the same erased declared types, so that the processor and the runtime agree on every template.
 *
 * <p>Implementation notes: reflection reads erased types, so every step is erased here too; a property declared as
 * {@code T} on {@code Box<T>} is an {@code Object}, even where the parameter is a {@code Box<Customer>}.
 * {@code Elements.getAllMembers} plays {@code Class.getMethod}/{@code getField}: public members, inherited ones
 * included, overridden ones hidden.
 */
final class TypeProperties {
    private final Elements elements;
    private final Types types;

    TypeProperties(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The erasure of a type, as reflection's {@code getParameterTypes()} and {@code getReturnType()} give it. */
    TypeMirror erased(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.TYPEVAR
                || type.getKind() == TypeKind.ARRAY || type.getKind() == TypeKind.INTERSECTION
                ? types.erasure(type) : type;
    }

    /**
     * The erased declared type of a property of an erased type: a public getter {@code getX()}, a public boolean
     * getter {@code isX()}, a record component {@code x} or a public field {@code x}, in that order; null when the
     * type has no such property (primitives and arrays have none, and {@code class} is never one).
     */
    TypeMirror propertyType(TypeMirror type, String name) {
        if (type.getKind() != TypeKind.DECLARED || name.equals("class")) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        List<? extends Element> members = elements.getAllMembers(element);
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        ExecutableElement getter = publicGetter(members, "get" + capitalized);
        if (getter != null && getter.getReturnType().getKind() != TypeKind.VOID) {
            return erased(getter.getReturnType());
        }
        ExecutableElement is = publicGetter(members, "is" + capitalized);
        if (is != null && isBoolean(is.getReturnType())) {
            return erased(is.getReturnType());
        }
        if (element.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                if (component.getSimpleName().contentEquals(name)) {
                    return erased(component.asType());
                }
            }
        }
        for (VariableElement field : ElementFilter.fieldsIn(members)) {
            if (field.getSimpleName().contentEquals(name) && field.getModifiers().contains(Modifier.PUBLIC)) {
                return field.getModifiers().contains(Modifier.STATIC) ? null : erased(field.asType());
            }
        }
        return null;
    }

    /** A public method without parameters named so (as {@code Class.getMethod} finds it), or null; null if static. */
    private ExecutableElement publicGetter(List<? extends Element> members, String methodName) {
        ExecutableElement found = null;
        for (ExecutableElement method : ElementFilter.methodsIn(members)) {
            if (method.getSimpleName().contentEquals(methodName) && method.getParameters().isEmpty()
                    && method.getModifiers().contains(Modifier.PUBLIC)
                    && (found == null || types.isSubtype(erased(method.getReturnType()), erased(found.getReturnType())))) {
                found = method;
            }
        }
        return found == null || found.getModifiers().contains(Modifier.STATIC) ? null : found;
    }

    private boolean isBoolean(TypeMirror type) {
        return type.getKind() == TypeKind.BOOLEAN || isClass(type, "java.lang.Boolean");
    }

    /**
     * Why values of an erased declared type have no stable text form, or null when they have one. Interfaces,
     * abstract classes, primitives and {@code Object} pass: their values' own classes decide at run time.
     */
    String whyUnstable(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return "is an array: its toString() is an identity, not its contents";
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        if (isSubtypeOf(type, "java.util.Collection") || isSubtypeOf(type, "java.util.Map")) {
            return "is a collection or map: its text depends on iteration order and on every element";
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind().isInterface() || element.getModifiers().contains(Modifier.ABSTRACT)
                || isClass(type, "java.lang.Object")) {
            return null;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
            if (method.getSimpleName().contentEquals("toString") && method.getParameters().isEmpty()
                    && ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
                return "does not override Object.toString(), so its text is an identity that differs for equal values";
            }
        }
        return null;
    }

    private boolean isSubtypeOf(TypeMirror type, String qualifiedName) {
        TypeElement supertype = elements.getTypeElement(qualifiedName);
        return supertype != null && types.isSubtype(types.erasure(type), types.erasure(supertype.asType()));
    }

    private static boolean isClass(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }
}
