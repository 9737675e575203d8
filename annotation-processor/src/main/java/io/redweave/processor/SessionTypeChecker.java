package io.redweave.processor;

import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import io.redweave.template.TemplateProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks a type-level {@code @SessionScoped}, with the runtime's rule: it applies to each public instance method
 * called on an instance of the type (inherited methods too, and subclasses inherit it) that can resolve the id and
 * has no {@code @SessionScoped} of its own; never to the methods of {@code Object} ({@code toString()} …), even when
 * overridden. A method that cannot resolve the id runs without a session. So the annotation is wrong (RW212) only
 * when it applies to no method at all: then the message lists why each public method cannot resolve the id.
 */
final class SessionTypeChecker {
    private final Elements elements;
    private final Reporter reporter;
    private final Templates templates;
    private final TypeNames names;

    /** The keys for the manifest, and the classes whose methods bind the template (for parameter names). */
    record Result(List<KeyEntry> entries, Set<TypeElement> declaringTypes) {
    }

    SessionTypeChecker(Elements elements, Reporter reporter, Templates templates, TypeNames names) {
        this.elements = elements;
        this.reporter = reporter;
        this.templates = templates;
        this.names = names;
    }

    Result check(TypeElement type) {
        List<AnnotationUse> direct = AnnotationUse.on(type);
        direct.removeIf(use -> !use.name().equals(AnnotationUse.SESSION_SCOPED));
        AnnotationUse use = direct.isEmpty() ? inherited(type) : direct.get(0);
        if (use == null) {
            return new Result(List.of(), Set.of());
        }
        String id = use.string("id", elements);
        KeyTemplate template = KeyTemplate.parse(id, TemplateKind.KEY);
        if (!template.isValid()) {
            if (!direct.isEmpty()) {
                template.problems().forEach(problem -> reporter.templateProblem(use, "id", id, problem));
            }
            return new Result(List.of(), Set.of());
        }
        List<KeyEntry> entries = new ArrayList<>();
        Set<TypeElement> declaring = new LinkedHashSet<>();
        StringJoiner unresolved = new StringJoiner("; ");
        boolean candidates = false;
        for (ExecutableElement method : ElementFilter.methodsIn(
                direct.isEmpty() ? type.getEnclosedElements() : elements.getAllMembers(type))) {
            if (applies(method)) {
                List<TemplateProblem> problems = templates.problems(template, method);
                if (problems.isEmpty()) {
                    entries.add(MethodChecker.sessionEntry(names.signature(method), id));
                    declaring.add((TypeElement) method.getEnclosingElement());
                } else {
                    unresolved.add(names.display(method) + ": " + problems.get(0).message() + " ["
                            + problems.get(0).id().code() + "]");
                }
                candidates = true;
            }
        }
        if (!direct.isEmpty() && entries.isEmpty()) {
            reporter.report(DiagnosticId.SESSION_ID_UNRESOLVED, use, "id", "@SessionScoped(id = "
                    + TemplateDisplay.quoted(id) + ") on " + type.getSimpleName() + " applies to no method: "
                    + (candidates ? "none of its public instance methods can resolve the session id (" + unresolved
                            + ")" : "it has no public instance method"),
                    "Give the methods to scope a parameter the id can use (such as " + example(template)
                            + "), fix the template, or put @SessionScoped on the methods themselves");
        }
        return new Result(entries, declaring);
    }

    /** Whether the type-level annotation may apply to a member: public, not static, not Object's, none of its own. */
    private boolean applies(ExecutableElement method) {
        return method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC)
                && !isObjectMethod(method)
                && AnnotationUse.on(method).stream().noneMatch(u -> u.name().equals(AnnotationUse.SESSION_SCOPED));
    }

    /** Whether a method has the name and erased parameter types of a public method of {@code Object}. */
    private boolean isObjectMethod(ExecutableElement method) {
        String signature = names.signature(method);
        for (ExecutableElement objectMethod : ElementFilter.methodsIn(
                elements.getTypeElement("java.lang.Object").getEnclosedElements())) {
            if (objectMethod.getModifiers().contains(Modifier.PUBLIC) && names.signature(objectMethod).equals(signature)) {
                return true;
            }
        }
        return false;
    }

    private static String example(KeyTemplate template) {
        return template.placeholders().isEmpty() || template.placeholders().get(0).isPositional()
                ? "a first parameter" : "String " + template.placeholders().get(0).name();
    }

    /** The {@code @SessionScoped} a class inherits from a superclass, as seen on the class. */
    private AnnotationUse inherited(TypeElement type) {
        for (AnnotationMirror mirror : elements.getAllAnnotationMirrors(type)) {
            if (AnnotationUse.SESSION_SCOPED.equals(AnnotationUse.simpleName(mirror))) {
                return new AnnotationUse(type, mirror, AnnotationUse.SESSION_SCOPED, -1);
            }
        }
        return null;
    }
}
