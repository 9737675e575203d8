package io.redweave.processor;

import io.redweave.template.KeyTemplate;
import io.redweave.template.Placeholder;
import io.redweave.template.ProblemId;
import io.redweave.template.TemplateProblem;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a parsed template against a method's parameters, as the runtime's binding does: syntax problems and
 * names and positions come from the template package itself ({@link KeyTemplate#check(List, int)}); property paths
 * (RW111) and text forms (RW112) are checked here on {@code javax.lang.model} types, with the runtime's rules and
 * messages, because the runtime's own check needs loaded classes. Problems come in the runtime's order.
 */
final class TemplateChecker {
    private final TypeProperties properties;
    private final TypeNames names;

    TemplateChecker(TypeProperties properties, TypeNames names) {
        this.properties = properties;
        this.names = names;
    }

    /**
     * Every problem of a template on a method's parameters.
     *
     * @param parameterNames the names, or null when unknown (only the corpus test passes null: the processor always
     *                       knows the names from the source)
     * @param parameterTypes the declared parameter types
     */
    List<TemplateProblem> check(KeyTemplate template, List<String> parameterNames, List<? extends TypeMirror> parameterTypes) {
        int count = parameterTypes.size();
        List<TemplateProblem> shared = template.check(parameterNames, count);
        int syntax = template.problems().size();
        List<TemplateProblem> problems = new ArrayList<>(shared.subList(0, syntax));
        int nextBindingProblem = syntax;
        for (Placeholder placeholder : template.placeholders()) {
            int index = index(placeholder, parameterNames, count);
            if (index < 0) {
                problems.add(shared.get(nextBindingProblem++));
            } else {
                checkPath(placeholder, properties.erased(parameterTypes.get(index)), problems);
            }
        }
        return List.copyOf(problems);
    }

    private static int index(Placeholder placeholder, List<String> parameterNames, int count) {
        if (placeholder.isPositional()) {
            return placeholder.position() < count ? placeholder.position() : -1;
        }
        return parameterNames == null ? -1 : parameterNames.indexOf(placeholder.name());
    }

    /** Follows the property path on erased declared types, then checks that the last type renders stably. */
    private void checkPath(Placeholder placeholder, TypeMirror type, List<TemplateProblem> problems) {
        TypeMirror current = type;
        for (int i = 0; i < placeholder.path().size(); i++) {
            TypeMirror next = properties.propertyType(current, placeholder.path().get(i));
            if (next == null) {
                problems.add(unknownProperty(placeholder, i, current));
                return;
            }
            current = next;
        }
        String why = properties.whyUnstable(current);
        if (why != null) {
            problems.add(new TemplateProblem(ProblemId.UNSTABLE_TYPE, placeholder.start(), placeholder.end(),
                    "The placeholder " + placeholder + " renders a " + names.typeName(current) + ", which " + why,
                    "Refer to a value-like property instead, as in {order.id}, or pass a String"));
        }
    }

    private TemplateProblem unknownProperty(Placeholder placeholder, int index, TypeMirror type) {
        String property = placeholder.path().get(index);
        int at = placeholder.offsetOf(index);
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return new TemplateProblem(ProblemId.UNKNOWN_PROPERTY, at, at + property.length(),
                "The placeholder " + placeholder + " reads property '" + property + "', but " + names.typeName(type)
                        + " has no get" + capitalized + "(), is" + capitalized + "(), record component " + property
                        + "() or public field " + property,
                "Fix the property name, or add a public getter, record component or public field '" + property
                        + "' to " + names.simpleName(type));
    }
}
