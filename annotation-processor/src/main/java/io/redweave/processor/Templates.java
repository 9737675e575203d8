package io.redweave.processor;

import io.redweave.template.KeyEncoder;
import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import io.redweave.template.TemplateProblem;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Parses and checks the template of an annotation attribute against a method, reporting every problem with the
 * runtime's IDs; also builds the default keys the runtime uses when {@code key} is empty.
 */
final class Templates {
    private final TemplateChecker checker;
    private final TypeNames names;
    private final Reporter reporter;

    Templates(TemplateChecker checker, TypeNames names, Reporter reporter) {
        this.checker = checker;
        this.names = names;
        this.reporter = reporter;
    }

    /** The template of {@code attribute}, checked against the method; null (after reporting) when it has problems. */
    KeyTemplate check(AnnotationUse use, String attribute, String text, TemplateKind kind, ExecutableElement method) {
        KeyTemplate template = KeyTemplate.parse(text, kind);
        List<TemplateProblem> problems = problems(template, method);
        for (TemplateProblem problem : problems) {
            reporter.templateProblem(use, attribute, text, problem);
        }
        return problems.isEmpty() ? template : null;
    }

    /** Every problem of a parsed template on a method's parameters. */
    List<TemplateProblem> problems(KeyTemplate template, ExecutableElement method) {
        return checker.check(template, parameterNames(method), parameterTypes(method));
    }

    static List<String> parameterNames(ExecutableElement method) {
        List<String> parameterNames = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            parameterNames.add(parameter.getSimpleName().toString());
        }
        return parameterNames;
    }

    static List<TypeMirror> parameterTypes(ExecutableElement method) {
        List<TypeMirror> types = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            types.add(parameter.asType());
        }
        return types;
    }

    /**
     * The runtime's name of a method in default keys, encoded: {@code com.example.Users.find(String,int)} (the
     * declaring class's binary name, the method's name, the simple names of its erased parameter types).
     */
    String methodKey(ExecutableElement method) {
        StringBuilder name = new StringBuilder(names.binaryName((TypeElement) method.getEnclosingElement()))
                .append('.').append(method.getSimpleName()).append('(');
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            name.append(i == 0 ? "" : ",").append(names.simpleName(parameters.get(i).asType()));
        }
        return KeyEncoder.encodePart(name.append(')').toString());
    }

    /**
     * The default key of a {@code @Cached} method without {@code key}, as an equivalent template: the method's key,
     * then each argument by position ({@code com.example.Users.find(String):{0}}).
     */
    String defaultCachedKey(ExecutableElement method) {
        StringBuilder key = new StringBuilder(methodKey(method));
        for (int i = 0; i < method.getParameters().size(); i++) {
            key.append(":{").append(i).append('}');
        }
        return key.toString();
    }
}
