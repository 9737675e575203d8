package io.redweave.template;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A parsed key template: literal text and placeholders, with every problem the parser found.
 *
 * <p>Parsing never throws on a bad template; it collects {@link #problems()}. Binding to a method's
 * parameters is done once per method, and yields a {@link BoundTemplate} that renders keys fast:
 * <pre>{@code
 * KeyTemplate template = KeyTemplate.parse("user:{user.id}", TemplateKind.KEY);
 * BindResult result = template.bind(List.of("user"), 1);
 * String key = result.bound().render(user);          // "user:42"
 * }</pre>
 * Instances are immutable and thread-safe.
 */
public final class KeyTemplate {
    private final String text;
    private final TemplateKind kind;
    private final List<TemplatePart> parts;
    private final List<Placeholder> placeholders;
    private final List<TemplateProblem> problems;
    private final boolean glob;

    KeyTemplate(String text, TemplateKind kind, List<TemplatePart> parts, List<TemplateProblem> problems) {
        this.text = text;
        this.kind = kind;
        this.parts = List.copyOf(parts);
        this.problems = List.copyOf(problems);
        List<Placeholder> found = new ArrayList<>();
        for (TemplatePart part : parts) {
            if (part instanceof Placeholder placeholder) {
                found.add(placeholder);
            }
        }
        this.placeholders = List.copyOf(found);
        this.glob = literalHasGlob(kind, parts);
    }

    /** Parses a template of the given kind; never throws on a bad template (see {@link #problems()}). */
    public static KeyTemplate parse(String text, TemplateKind kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        return TemplateParser.parse(text, kind);
    }

    /** The template as written. */
    public String text() {
        return text;
    }

    /** Whether this template renders a key or a pattern. */
    public TemplateKind kind() {
        return kind;
    }

    /** The literal and placeholder parts, in order. */
    public List<TemplatePart> parts() {
        return parts;
    }

    /** The placeholders, in order. */
    public List<Placeholder> placeholders() {
        return placeholders;
    }

    /** The syntax problems, in order of their offsets; empty when the template parsed cleanly. */
    public List<TemplateProblem> problems() {
        return problems;
    }

    /** Whether the template parsed without problems. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Whether any placeholder names its parameter by name (and so needs parameter names). */
    public boolean usesNames() {
        for (Placeholder placeholder : placeholders) {
            if (!placeholder.isPositional()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the rendered pattern holds glob characters. Values from arguments are encoded and never
     * add any, so this is known from the literal text alone; always false for a {@link TemplateKind#KEY}.
     */
    public boolean hasGlob() {
        return glob;
    }

    private static boolean literalHasGlob(TemplateKind kind, List<TemplatePart> parts) {
        if (kind == TemplateKind.KEY) {
            return false;
        }
        StringBuilder literalText = new StringBuilder();
        for (TemplatePart part : parts) {
            literalText.append(part instanceof Literal literal ? literal.text() : "x");
        }
        return Globs.hasGlob(literalText);
    }

    /**
     * The syntax and binding problems of this template on a method's parameters, checking names and
     * positions only.
     *
     * @param parameterNames the parameters' names, or {@code null} when they are unknown (a class
     *                       compiled without {@code -parameters})
     * @param parameterCount how many parameters the method has
     */
    public List<TemplateProblem> check(List<String> parameterNames, int parameterCount) {
        return Binder.problems(this, parameterNames, parameterCount, null);
    }

    /**
     * The syntax and binding problems of this template on a method's parameters, also checking every
     * property path and the stability of every rendered type against the parameters' declared types.
     *
     * @param parameterNames the parameters' names, or {@code null} when they are unknown
     * @param parameterTypes the parameters' declared (erased) types
     */
    public List<TemplateProblem> check(List<String> parameterNames, List<Class<?>> parameterTypes) {
        return Binder.problems(this, parameterNames, parameterTypes.size(), parameterTypes);
    }

    /** Binds this template to a method's parameters by name and position (see {@link #check(List, int)}). */
    public BindResult bind(List<String> parameterNames, int parameterCount) {
        return Binder.bind(this, parameterNames, parameterCount, null);
    }

    /** Binds this template to a method's parameters, checking paths and types too (see {@link #check(List, List)}). */
    public BindResult bind(List<String> parameterNames, List<Class<?>> parameterTypes) {
        return Binder.bind(this, parameterNames, parameterTypes.size(), parameterTypes);
    }

    /**
     * Binds this template to a method or constructor: its parameter names when the class was compiled
     * with {@code -parameters}, and its declared parameter types.
     */
    public BindResult bind(Executable method) {
        return bind(parameterNames(method), Arrays.asList(method.getParameterTypes()));
    }

    /** The parameter names of a method, or {@code null} when the class was compiled without {@code -parameters}. */
    public static List<String> parameterNames(Executable method) {
        Parameter[] parameters = method.getParameters();
        List<String> names = new ArrayList<>(parameters.length);
        for (Parameter parameter : parameters) {
            if (!parameter.isNamePresent()) {
                return null;
            }
            names.add(parameter.getName());
        }
        return List.copyOf(names);
    }

    /** The template as written. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyTemplate that && text.equals(that.text) && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + kind.hashCode();
    }
}
