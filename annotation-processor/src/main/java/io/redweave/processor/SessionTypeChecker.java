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
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks a type-level {@code @SessionScoped}. The runtime applies it to every public instance method called on an
 * instance of the type (inherited methods too, and subclasses inherit it), unless the method has its own
 * {@code @SessionScoped}; so each such method must be able to resolve the id (RW212), or the plan fails when the
 * method is first called or woven. Methods of {@code Object} are never intercepted and are not checked.
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
        List<? extends Element> candidates = direct.isEmpty() ? type.getEnclosedElements() : elements.getAllMembers(type);
        for (ExecutableElement method : ElementFilter.methodsIn(candidates)) {
            if (!applies(method)) {
                continue;
            }
            List<TemplateProblem> problems = templates.problems(template, method);
            if (problems.isEmpty()) {
                entries.add(MethodChecker.sessionEntry(names.signature(method), id));
                declaring.add((TypeElement) method.getEnclosingElement());
            } else {
                unresolved(type, direct.isEmpty() ? null : use, id, method, problems);
            }
        }
        return new Result(entries, declaring);
    }

    /** Whether the type-level annotation applies to a member: public, not static, not Object's, none of its own. */
    private static boolean applies(ExecutableElement method) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        return method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC)
                && !owner.getQualifiedName().contentEquals("java.lang.Object")
                && AnnotationUse.on(method).stream().noneMatch(u -> u.name().equals(AnnotationUse.SESSION_SCOPED));
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

    private void unresolved(TypeElement type, AnnotationUse use, String id, ExecutableElement method,
            List<TemplateProblem> problems) {
        StringJoiner why = new StringJoiner("; ");
        problems.forEach(problem -> why.add(problem.message() + " [" + problem.id().code() + "]"));
        TemplateProblem first = problems.get(0);
        String message = "@SessionScoped(id = " + TemplateDisplay.quoted(id) + ") on " + type.getSimpleName()
                + (use == null ? " (inherited)" : "") + " applies to its public method " + names.display(method)
                + ", which cannot resolve the session id: " + why + "\n"
                + TemplateDisplay.pointAt(id, first.start(), first.end());
        String fix = first.hint() + " Or give " + names.display(method) + " its own @SessionScoped, or make it "
                + "non-public";
        if (use == null) {
            reporter.report(DiagnosticId.SESSION_ID_UNRESOLVED, type, message, fix);
        } else {
            reporter.report(DiagnosticId.SESSION_ID_UNRESOLVED, use, "id", message, fix);
        }
    }
}
