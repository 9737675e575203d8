package io.redweave.template;

import java.util.List;

/**
 * A placeholder of a template: a parameter, by name or by position, and an optional property path.
 *
 * <p>{@code {user.address.city}} has the name {@code user} and the path {@code [address, city]};
 * {@code {1.id}} has the position 1 and the path {@code [id]}.
 *
 * @param name     the parameter's name, or {@code null} when the placeholder is positional
 * @param position the parameter's position (from 0), or -1 when the placeholder is named
 * @param path     the property names to follow from the parameter, possibly empty
 * @param start    offset of the opening brace in the template text
 * @param end      offset just past the closing brace in the template text
 */
public record Placeholder(String name, int position, List<String> path, int start, int end)
        implements TemplatePart {

    /** Checks the invariants: exactly one of name and position, and an immutable path. */
    public Placeholder {
        if ((name == null) == (position < 0)) {
            throw new IllegalArgumentException("A placeholder has either a name or a position, not "
                    + (name == null ? "neither" : "both"));
        }
        path = List.copyOf(path);
    }

    /** Whether the placeholder names its parameter by position, as in {@code {0}}. */
    public boolean isPositional() {
        return name == null;
    }

    /** The parameter part as written: the name, or the position as digits. */
    public String root() {
        return name != null ? name : Integer.toString(position);
    }

    /** The placeholder's content as written between the braces, such as {@code user.id}. */
    public String expression() {
        if (path.isEmpty()) {
            return root();
        }
        return root() + "." + String.join(".", path);
    }

    /** Offset in the template text of the path element at {@code index} (of the root when -1). */
    public int offsetOf(int index) {
        if (index < 0) {
            return start + 1;
        }
        int offset = start + 1 + root().length() + 1;
        for (int i = 0; i < index; i++) {
            offset += path.get(i).length() + 1;
        }
        return offset;
    }

    /** The placeholder as written, braces included. */
    @Override
    public String toString() {
        return "{" + expression() + "}";
    }
}
