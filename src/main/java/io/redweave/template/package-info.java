/**
 * Key templates: the one grammar, parser, problem list and renderer behind {@code @Cached(key = "user:{id}")}
 * and its sibling annotations, shared by the runtime and the annotation processor.
 *
 * <p>{@link io.redweave.template.KeyTemplate#parse} turns text into literal and placeholder parts and
 * collects {@link io.redweave.template.TemplateProblem}s with stable {@link io.redweave.template.ProblemId}s;
 * {@link io.redweave.template.KeyTemplate#bind} checks the template against a method's parameters once;
 * {@link io.redweave.template.BoundTemplate#render} renders keys per call, encoding every value with the
 * {@link io.redweave.template.KeyEncoder}.
 *
 * <p>This package depends on the JDK only ({@code java.*}), so the annotation processor reuses it
 * unchanged. It never throws on a bad template; it throws {@link io.redweave.template.TemplateRenderException}
 * only when a value cannot be rendered.
 */
package io.redweave.template;
