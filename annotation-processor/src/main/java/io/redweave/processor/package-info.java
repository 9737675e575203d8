/**
 * The RedWeave annotation processor ({@link io.redweave.processor.RedWeaveProcessor}): compile-time checks of
 * RedWeave's annotations and key templates, with the runtime's own parser and problem list, plus the parameter-name
 * and key-manifest resources it writes per class.
 *
 * <p>It depends on the JDK ({@code javax.annotation.processing}, {@code javax.lang.model}) and on RedWeave's
 * JDK-only template package; it refers to the annotations by name and never loads them.
 */
package io.redweave.processor;
