package io.redweave.key;

import io.redweave.InvalidKeyTemplateException;
import io.redweave.template.BindResult;
import io.redweave.template.BoundTemplate;
import io.redweave.template.KeyEncoder;
import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import io.redweave.template.TemplateRenderException;
import java.lang.reflect.Executable;
import java.util.List;
import java.util.Objects;

/**
 * The bridge from the JDK-only template package to RedWeave's exceptions: binds a template to a method
 * once, throwing {@link InvalidKeyTemplateException} with every problem, and renders keys, turning a
 * render failure into {@link InvalidKeyTemplateException} with the cause chained.
 *
 * <pre>{@code
 * BoundTemplate key = KeyTemplates.bind("user:{user.id}", TemplateKind.KEY, method);  // at weave time
 * String rendered = KeyTemplates.render(key, args);                                  // per call
 * }</pre>
 */
public final class KeyTemplates {
    private KeyTemplates() {
    }

    /**
     * Parses a template and binds it to a method's parameters, checking names (from {@code -parameters}),
     * positions, property paths and types.
     *
     * @throws InvalidKeyTemplateException listing every problem, when there is one
     */
    public static BoundTemplate bind(String template, TemplateKind kind, Executable method) {
        return bound(KeyTemplate.parse(template, kind).bind(method));
    }

    /**
     * Parses a template and binds it to parameters whose names were recorded elsewhere (such as by the
     * annotation processor), or are unknown ({@code null}).
     *
     * @throws InvalidKeyTemplateException listing every problem, when there is one
     */
    public static BoundTemplate bind(String template, TemplateKind kind, List<String> parameterNames,
                                     List<Class<?>> parameterTypes) {
        return bound(KeyTemplate.parse(template, kind).bind(parameterNames, parameterTypes));
    }

    /** The same binding, encoding values with {@code encoder} (for a part limit other than 256 bytes). */
    public static BoundTemplate bind(String template, TemplateKind kind, Executable method, KeyEncoder encoder) {
        return bind(template, kind, method).withEncoder(Objects.requireNonNull(encoder, "encoder"));
    }

    /**
     * Renders a key (or pattern) from one call's arguments.
     *
     * @throws InvalidKeyTemplateException when a value cannot be rendered; the cause is the
     *                                     {@link TemplateRenderException}
     */
    public static String render(BoundTemplate template, Object... args) {
        try {
            return template.render(args);
        } catch (TemplateRenderException failure) {
            InvalidKeyTemplateException translated = new InvalidKeyTemplateException(failure.template(),
                    failure.reason());
            translated.initCause(failure);
            throw translated;
        }
    }

    private static BoundTemplate bound(BindResult result) {
        if (!result.isBound()) {
            throw new InvalidKeyTemplateException(result.template().text(), result.problems());
        }
        return result.bound();
    }
}
