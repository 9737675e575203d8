package io.redweave.template;

/**
 * A run of literal text in a template, with doubled braces already reduced (<code>&#123;&#123;</code> becomes
 * <code>&#123;</code>).
 *
 * @param text  the text emitted when the template renders
 * @param start offset of the run in the template text
 * @param end   offset just past the run in the template text
 */
public record Literal(String text, int start, int end) implements TemplatePart {
}
