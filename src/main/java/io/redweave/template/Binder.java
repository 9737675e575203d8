package io.redweave.template;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Checks a template against a method's parameters and builds the {@link BoundTemplate}. */
final class Binder {
    private Binder() {
    }

    static List<TemplateProblem> problems(KeyTemplate template, List<String> names, int count,
                                          List<Class<?>> types) {
        List<TemplateProblem> problems = new ArrayList<>(template.problems());
        requireConsistent(names, count);
        for (Placeholder placeholder : template.placeholders()) {
            int index = index(placeholder, names, count, problems);
            if (index >= 0 && types != null) {
                checkPath(placeholder, types.get(index), problems);
            }
        }
        return List.copyOf(problems);
    }

    static BindResult bind(KeyTemplate template, List<String> names, int count, List<Class<?>> types) {
        List<TemplateProblem> problems = problems(template, names, count, types);
        if (!problems.isEmpty()) {
            return new BindResult(template, problems, null);
        }
        List<TemplatePart> parts = template.parts();
        Object[] pieces = new Object[parts.size()];
        for (int i = 0; i < pieces.length; i++) {
            TemplatePart part = parts.get(i);
            if (part instanceof Literal literal) {
                pieces[i] = literal.text();
            } else {
                Placeholder placeholder = (Placeholder) part;
                pieces[i] = new Slot(template.text(), placeholder, index(placeholder, names, count, null));
            }
        }
        return new BindResult(template, problems, new BoundTemplate(template, pieces, count, KeyEncoder.defaults()));
    }

    private static void requireConsistent(List<String> names, int count) {
        if (count < 0 || names != null && names.size() != count) {
            throw new IllegalArgumentException("Parameter names " + names + " do not match the parameter count "
                    + count + ": pass one name per parameter, or null when names are unknown");
        }
    }

    /** The parameter index of a placeholder, or -1 after adding the problem that prevents it. */
    private static int index(Placeholder placeholder, List<String> names, int count, List<TemplateProblem> problems) {
        int index;
        TemplateProblem problem;
        if (placeholder.isPositional()) {
            index = placeholder.position();
            problem = index < count ? null : Problems.positionOutOfRange(placeholder, count);
        } else if (names == null) {
            index = -1;
            problem = Problems.namesUnavailable(placeholder);
        } else {
            index = names.indexOf(placeholder.name());
            problem = index >= 0 ? null : Problems.unknownParameter(placeholder, names);
        }
        if (problem != null) {
            if (problems != null) {
                problems.add(problem);
            }
            return -1;
        }
        return index;
    }

    /** Follows the property path on declared types, then checks that the last type renders stably. */
    private static void checkPath(Placeholder placeholder, Class<?> type, List<TemplateProblem> problems) {
        Class<?> current = type;
        for (int i = 0; i < placeholder.path().size(); i++) {
            Class<?> next = PropertyAccessors.declaredType(current, placeholder.path().get(i));
            if (next == null) {
                problems.add(Problems.unknownProperty(placeholder, i, current));
                return;
            }
            current = next;
        }
        String why = whyUnstable(current);
        if (why != null) {
            problems.add(Problems.unstableType(placeholder, current, why));
        }
    }

    /**
     * Why values of a declared type have no stable text form, or null when they have one. Interfaces,
     * abstract classes and {@code Object} pass: their values' own classes decide at run time.
     */
    static String whyUnstable(Class<?> type) {
        if (type.isArray()) {
            return "is an array: its toString() is an identity, not its contents";
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return "is a collection or map: its text depends on iteration order and on every element";
        }
        if (type.isPrimitive() || type.isInterface() || type == Object.class
                || Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        if (declaresNoToString(type)) {
            return "does not override Object.toString(), so its text is an identity that differs for equal values";
        }
        return null;
    }

    private static boolean declaresNoToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() == Object.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }
}
