package io.redweave.processor;

import io.redweave.template.TemplateProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints the processor's diagnostics: each with its stable ID, on the element, the annotation and the offending
 * value, saying what is wrong and how to fix it. Warnings can be silenced with {@code @SuppressWarnings("RW2xx")}
 * (or {@code "redweave"}) on the element or an enclosing one; errors cannot.
 */
final class Reporter {
    private final Messager messager;
    private final SourcePointer pointer;

    Reporter(Messager messager, SourcePointer pointer) {
        this.messager = messager;
        this.pointer = pointer;
    }

    /** A template problem (an {@code RW1xx} ID shared with the runtime) in the template of an attribute. */
    void templateProblem(AnnotationUse use, String attribute, String template, TemplateProblem problem) {
        print(Diagnostic.Kind.ERROR, problem.id().code(), use, attribute,
                use.display() + " " + attribute + ": " + problem.message() + "\n" + TemplateDisplay.pointAt(template,
                        problem.start(), problem.end()) + "\n  Fix: " + problem.hint());
    }

    /**
     * A processor-only diagnostic on an annotation, pointing at the value of {@code attribute} (or at the annotation
     * when {@code attribute} is null or takes its default).
     */
    void report(DiagnosticId id, AnnotationUse use, String attribute, String message, String fix) {
        print(id.kind(), id.code(), use, attribute, message + "\n  Fix: " + fix);
    }

    /** A failure of the processor itself: a note with the stack trace, never an exception thrown into javac. */
    void bug(Element element, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        print(DiagnosticId.PROCESSOR_FAILURE.kind(), DiagnosticId.PROCESSOR_FAILURE.code(), element, null, null,
                "The RedWeave processor failed while checking " + (element == null ? "the compilation" : element)
                        + ", which was not checked: " + failure
                        + "\n  Fix: this is a bug in RedWeave; please report it with this trace:\n" + trace);
    }

    private void print(Diagnostic.Kind kind, String code, AnnotationUse use, String attribute, String text) {
        if (use.contained() >= 0 && !(kind == Diagnostic.Kind.WARNING && suppressed(use.element(), code))
                && pointer.print(kind, "[" + code + "] " + text, use.element(),
                        AnnotationUse.PACKAGE + use.name(), use.contained(), attribute)) {
            return;
        }
        print(kind, code, use.element(), use.mirror(), attribute == null ? null : use.explicit(attribute), text);
    }

    private void print(Diagnostic.Kind kind, String code, Element element, AnnotationMirror mirror,
            AnnotationValue value, String text) {
        if (kind == Diagnostic.Kind.WARNING && suppressed(element, code)) {
            return;
        }
        String message = "[" + code + "] " + text;
        if (element == null) {
            messager.printMessage(kind, message);
        } else if (mirror == null) {
            messager.printMessage(kind, message, element);
        } else if (value == null) {
            messager.printMessage(kind, message, element, mirror);
        } else {
            messager.printMessage(kind, message, element, mirror, value);
        }
    }

    /** Whether {@code @SuppressWarnings} on the element or an enclosing element names the code or "redweave". */
    static boolean suppressed(Element element, String code) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
            if (suppress != null && (List.of(suppress.value()).contains(code)
                    || List.of(suppress.value()).contains("redweave"))) {
                return true;
            }
        }
        return false;
    }
}
