package io.redweave.template;

import java.util.List;

/**
 * The outcome of binding a template to a method's parameters: either problems, or a
 * {@link BoundTemplate} ready to render.
 */
public final class BindResult {
    private final KeyTemplate template;
    private final List<TemplateProblem> problems;
    private final BoundTemplate bound;

    BindResult(KeyTemplate template, List<TemplateProblem> problems, BoundTemplate bound) {
        this.template = template;
        this.problems = List.copyOf(problems);
        this.bound = bound;
    }

    /** The template that was bound. */
    public KeyTemplate template() {
        return template;
    }

    /** The syntax and binding problems; empty when binding succeeded. */
    public List<TemplateProblem> problems() {
        return problems;
    }

    /** Whether binding succeeded, so {@link #bound()} can be called. */
    public boolean isBound() {
        return bound != null;
    }

    /**
     * The bound template.
     *
     * @throws IllegalStateException when binding failed; the message lists the problems
     */
    public BoundTemplate bound() {
        if (bound == null) {
            StringBuilder message = new StringBuilder("Key template \"").append(template.text())
                    .append("\" could not be bound:");
            for (TemplateProblem problem : problems) {
                message.append("\n  ").append(problem);
            }
            throw new IllegalStateException(message.toString());
        }
        return bound;
    }
}
