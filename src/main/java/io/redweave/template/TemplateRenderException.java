package io.redweave.template;

/**
 * A bound template could not render a key from the argument values given: a property is missing on
 * the value's class, a getter threw, or the arguments do not fit the method.
 *
 * <p>Thrown only at render time; syntax and binding problems are reported as {@link TemplateProblem}s
 * and never thrown by this package.
 */
public class TemplateRenderException extends IllegalArgumentException {
    /** The serialization version of this exception class. */
    private static final long serialVersionUID = 1L;

    /** The template as written. */
    private final String template;
    /** What went wrong, without the template. */
    private final String reason;

    /** Creates an exception about the template {@code template}; the message says what went wrong. */
    public TemplateRenderException(String template, String message) {
        super("Key template \"" + template + "\": " + message);
        this.template = template;
        this.reason = message;
    }

    /** Creates an exception about the template {@code template} caused by {@code cause}. */
    public TemplateRenderException(String template, String message, Throwable cause) {
        super("Key template \"" + template + "\": " + message, cause);
        this.template = template;
        this.reason = message;
    }

    /** The template as written. */
    public String template() {
        return template;
    }

    /** What went wrong, without the template: the message minus its {@code Key template "…": } start. */
    public String reason() {
        return reason;
    }
}
