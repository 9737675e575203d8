package io.redweave.internal.weave;

import io.redweave.InvalidKeyTemplateException;
import io.redweave.annotation.Cached;
import io.redweave.key.KeyTemplates;
import io.redweave.template.BoundTemplate;
import io.redweave.template.KeyEncoder;
import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import io.redweave.template.TemplateRenderException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/** Renders the key of one annotation from a call's arguments; built once per method. */
interface KeySource {

    /** The logical key (or pattern) for these arguments. */
    String render(Object[] args);

    /** A key template bound to the method's parameters; throws InvalidKeyTemplateException when it is wrong. */
    static KeySource template(String template, TemplateKind kind, Method method) {
        BoundTemplate bound = bind(template, kind, method);
        return kind == TemplateKind.PATTERN
                ? args -> bound.renderPattern(args)
                : args -> KeyTemplates.render(bound, args);
    }

    /** A template whose values are data, not key parts: rendered without encoding (see BoundTemplate#renderText). */
    static KeySource text(String template, Method method) {
        BoundTemplate bound = bind(template, TemplateKind.KEY, method);
        return args -> {
            try {
                return bound.renderText(args);
            } catch (TemplateRenderException failure) {
                InvalidKeyTemplateException translated =
                        new InvalidKeyTemplateException(failure.template(), failure.reason());
                translated.initCause(failure);
                throw translated;
            }
        };
    }

    /**
     * Binds a template to a method with its {@code -parameters} names, or else the names the annotation processor
     * recorded ({@link RecordedParameterNames}); without either, a template that uses names fails with RW110.
     */
    private static BoundTemplate bind(String template, TemplateKind kind, Method method) {
        List<String> names = KeyTemplate.parameterNames(method);
        return KeyTemplates.bind(template, kind, names != null ? names : RecordedParameterNames.of(method),
                Arrays.asList(method.getParameterTypes()));
    }

    /**
     * The default key of a {@link Cached} method without a {@code key}: the method's qualified name and parameter
     * types, then every argument, encoded, each after a {@code ':'}.
     */
    static KeySource methodAndArguments(Method method) {
        String prefix = methodName(method);
        KeyEncoder encoder = KeyEncoder.defaults();
        return args -> {
            StringBuilder key = new StringBuilder(prefix.length() + 16 * args.length).append(prefix);
            for (Object arg : args) {
                key.append(':');
                encoder.appendValue(key, arg);
            }
            return key.toString();
        };
    }

    /** The default key of a rate limit without a {@code key}: one limit for the method. */
    static KeySource method(Method method) {
        String key = methodName(method);
        return args -> key;
    }

    private static String methodName(Method method) {
        StringBuilder name = new StringBuilder(method.getDeclaringClass().getName()).append('.')
                .append(method.getName()).append('(');
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            name.append(i == 0 ? "" : ",").append(types[i].getSimpleName());
        }
        return KeyEncoder.encodePart(name.append(')').toString());
    }
}
