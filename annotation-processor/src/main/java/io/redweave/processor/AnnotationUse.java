package io.redweave.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * One RedWeave annotation on one element, with its attribute values (defaults included), found by the annotation's
 * qualified name so that the processor never loads the annotation classes. A repeated {@code @InvalidateCache} is
 * one use per annotation inside its container.
 *
 * @param element   the annotated method or type
 * @param mirror    the annotation
 * @param name      the annotation's simple name, such as {@code Cached}
 * @param contained the annotation's index in its container (a repeated annotation), or -1 when it stands alone
 */
record AnnotationUse(Element element, AnnotationMirror mirror, String name, int contained) {
    static final String PACKAGE = "io.redweave.annotation.";
    static final String CACHED = "Cached";
    static final String RATE_LIMITED = "RateLimited";
    static final String INVALIDATE_CACHE = "InvalidateCache";
    static final String SESSION_SCOPED = "SessionScoped";
    static final String INVALIDATE_CACHE_LIST = "InvalidateCache.List";
    private static final Set<String> KNOWN = Set.of(CACHED, RATE_LIMITED, INVALIDATE_CACHE, SESSION_SCOPED);

    /** The RedWeave annotations present on an element, containers unpacked, in source order. */
    static List<AnnotationUse> on(Element element) {
        List<AnnotationUse> uses = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String simple = simpleName(mirror);
            if (INVALIDATE_CACHE_LIST.equals(simple)) {
                List<AnnotationMirror> inner = innerAnnotations(mirror);
                for (int i = 0; i < inner.size(); i++) {
                    uses.add(new AnnotationUse(element, inner.get(i), INVALIDATE_CACHE, i));
                }
            } else if (KNOWN.contains(simple)) {
                uses.add(new AnnotationUse(element, mirror, simple, -1));
            }
        }
        return uses;
    }

    /** The name of a RedWeave annotation relative to its package, or null for any other annotation. */
    static String simpleName(AnnotationMirror mirror) {
        String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        return qualified.startsWith(PACKAGE) ? qualified.substring(PACKAGE.length()) : null;
    }

    private static List<AnnotationMirror> innerAnnotations(AnnotationMirror container) {
        List<AnnotationMirror> inner = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : container.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value") && entry.getValue().getValue() instanceof List<?> list) {
                for (Object value : list) {
                    if (value instanceof AnnotationValue annotationValue
                            && annotationValue.getValue() instanceof AnnotationMirror mirror) {
                        inner.add(mirror);
                    }
                }
            }
        }
        return inner;
    }

    /** The value written for an attribute, or null when the attribute takes its default. */
    AnnotationValue explicit(String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The value of an attribute, written or default. */
    Object value(String attribute, Elements elements) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                Object value = entry.getValue().getValue();
                return value instanceof VariableElement constant ? constant.getSimpleName().toString() : value;
            }
        }
        return null;
    }

    String string(String attribute, Elements elements) {
        Object value = value(attribute, elements);
        return value instanceof String text ? text : "";
    }

    long number(String attribute, Elements elements) {
        Object value = value(attribute, elements);
        return value instanceof Number number ? number.longValue() : 0;
    }

    boolean flag(String attribute, Elements elements) {
        return Boolean.TRUE.equals(value(attribute, elements));
    }

    /** The annotation as messages name it, such as {@code @Cached}. */
    String display() {
        return "@" + name;
    }
}
