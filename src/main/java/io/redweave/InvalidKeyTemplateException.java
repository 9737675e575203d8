package io.redweave;

import io.redweave.template.TemplateProblem;
import java.util.List;

/** A key template is malformed, or cannot be rendered with the values given. Carries the problems found. */
public class InvalidKeyTemplateException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final transient List<TemplateProblem> problems;

    public InvalidKeyTemplateException(String template, List<TemplateProblem> problems) {
        super(describe(template, problems));
        this.template = template;
        this.problems = List.copyOf(problems);
    }

    public InvalidKeyTemplateException(String template, String message) {
        super("Key template \"" + template + "\": " + message);
        this.template = template;
        this.problems = List.of();
    }

    public String template() {
        return template;
    }

    /** The problems the parser found; empty when the template parsed but a value could not be rendered. */
    public List<TemplateProblem> problems() {
        return problems;
    }

    private static String describe(String template, List<TemplateProblem> problems) {
        StringBuilder text = new StringBuilder("Invalid key template \"").append(template).append('"');
        for (TemplateProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
