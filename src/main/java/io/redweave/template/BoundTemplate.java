package io.redweave.template;

import java.util.Objects;

/**
 * A key template bound to one method's parameters, ready to render keys (or patterns) from argument
 * values.
 *
 * <p>Everything that can be decided once is decided at binding: which argument each placeholder
 * reads, and the literal text. {@link #render} then walks an array of pieces into one
 * {@code StringBuilder}: no parsing, no regular expression, and property accessors cached per
 * runtime class. Instances are immutable and thread-safe.
 */
public final class BoundTemplate {
    private static final Object[] NO_ARGUMENTS = {};
    private static final int ROOM_PER_PLACEHOLDER = 24;

    private final KeyTemplate template;
    private final Object[] pieces;
    private final int parameterCount;
    private final KeyEncoder encoder;
    private final int capacity;

    BoundTemplate(KeyTemplate template, Object[] pieces, int parameterCount, KeyEncoder encoder) {
        this.template = template;
        this.pieces = pieces;
        this.parameterCount = parameterCount;
        this.encoder = encoder;
        int literalLength = 0;
        for (Object piece : pieces) {
            literalLength += piece instanceof String literal ? literal.length() : ROOM_PER_PLACEHOLDER;
        }
        this.capacity = literalLength;
    }

    /**
     * Renders the key for one call: literal text as written, each placeholder's value rendered and
     * encoded by the {@link KeyEncoder}, {@code null} as {@value KeyEncoder#NULL_TOKEN}. For a
     * {@link TemplateKind#PATTERN} the literal glob characters stay globs, while values are encoded and
     * can never widen the pattern.
     *
     * @param args the method's arguments, one per parameter
     * @throws TemplateRenderException when the arguments do not fit the method, a property is missing
     *                                 on a value's class, or a getter throws
     */
    public String render(Object... args) {
        Object[] values = arguments(args);
        StringBuilder out = new StringBuilder(capacity);
        for (Object piece : pieces) {
            if (piece instanceof String literal) {
                out.append(literal);
            } else {
                encoder.appendValue(out, ((Slot) piece).resolve(values));
            }
        }
        return out.toString();
    }

    /**
     * Renders the text without encoding values: for templates that name data rather than a key (such as a
     * session id, which the session manager encodes into its key itself). A {@code null} value fails.
     *
     * @throws TemplateRenderException when a value is {@code null} or cannot be rendered
     */
    public String renderText(Object... args) {
        Object[] values = arguments(args);
        StringBuilder out = new StringBuilder(capacity);
        for (Object piece : pieces) {
            if (piece instanceof String literal) {
                out.append(literal);
            } else {
                Slot slot = (Slot) piece;
                String text = KeyEncoder.text(slot.resolve(values));
                if (text == null) {
                    throw new TemplateRenderException(template.text(), "the placeholder " + slot.placeholder()
                            + " is null");
                }
                out.append(text);
            }
        }
        return out.toString();
    }

    /**
     * Renders a pattern (see {@link #render}); the same rendering, named for call sites that delete
     * by pattern.
     *
     * @throws IllegalStateException when this is a {@link TemplateKind#KEY} template
     */
    public String renderPattern(Object... args) {
        if (template.kind() != TemplateKind.PATTERN) {
            throw new IllegalStateException("Key template \"" + template.text()
                    + "\" is a KEY template; parse it as TemplateKind.PATTERN to render a pattern");
        }
        return render(args);
    }

    private Object[] arguments(Object[] args) {
        Object[] values = args == null ? NO_ARGUMENTS : args;
        if (values.length != parameterCount) {
            throw new TemplateRenderException(template.text(), "bound to " + parameterCount
                    + " parameters, but rendered with " + values.length + " arguments");
        }
        return values;
    }

    /** Whether rendered patterns hold glob characters; a pattern without them names exactly one key. */
    public boolean hasGlob() {
        return template.hasGlob();
    }

    /** The same binding with another encoder, such as one with a different part limit. */
    public BoundTemplate withEncoder(KeyEncoder encoder) {
        return new BoundTemplate(template, pieces, parameterCount, Objects.requireNonNull(encoder, "encoder"));
    }

    /** The encoder values are encoded with. */
    public KeyEncoder encoder() {
        return encoder;
    }

    /** The parsed template. */
    public KeyTemplate template() {
        return template;
    }

    /** How many arguments {@link #render} expects. */
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public String toString() {
        return template.text();
    }
}
