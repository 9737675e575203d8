package io.redweave.template;

/** One piece of a parsed template: a {@link Literal} run of text or a {@link Placeholder}. */
public sealed interface TemplatePart permits Literal, Placeholder {

    /** Offset of the part's first character in the template text. */
    int start();

    /** Offset just past the part's last character in the template text. */
    int end();
}
