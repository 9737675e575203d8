package io.redweave.template;

/**
 * The stable IDs of key-template problems, shared by the runtime and the annotation processor.
 *
 * <p>Each ID is printed as its {@link #code() code} ({@code RW101} …) and has a one-line
 * {@link #description() description}; {@code docs/key-templates.md} lists every ID with an example.
 * Codes are never reused or renumbered: a new problem gets the next free number.
 */
public enum ProblemId {
    /** {@code ""} or {@code "  "}. */
    EMPTY_TEMPLATE("RW101", "The template is empty or blank."),
    /** <code>"user:&#123;id"</code>. */
    UNCLOSED_PLACEHOLDER("RW102", "A '{' opens a placeholder that is never closed."),
    /** <code>"user:id&#125;"</code>. */
    STRAY_CLOSING_BRACE("RW103", "A '}' closes no placeholder (a literal brace is written '}}')."),
    /** {@code "user:{}"}. */
    EMPTY_PLACEHOLDER("RW104", "A placeholder '{}' names nothing."),
    /** {@code "{a..b}"}, {@code "{a.}"}, {@code "{1a}"}, {@code "{a{b}}"}, {@code "{ id }"}. */
    MALFORMED_PLACEHOLDER("RW105",
            "A placeholder is not a parameter name, a position or a dotted property path."),
    /** {@code "user:*:{id}"} as a key (allowed in a pattern). */
    GLOB_IN_KEY("RW106", "The literal text of a key template contains a glob character (* ? [ ] \\)."),
    /** {@code "user: {id}"}. */
    INVISIBLE_CHARACTER("RW107",
            "The literal text contains white space, a control character or another invisible character."),
    /** {@code "user:{usrId}"} on {@code find(String userId)}. */
    UNKNOWN_PARAMETER("RW108", "A placeholder names no parameter of the method."),
    /** {@code "user:{2}"} on a method with two parameters. */
    POSITION_OUT_OF_RANGE("RW109", "A positional placeholder is beyond the method's last parameter."),
    /** {@code "user:{id}"} on a class compiled without {@code -parameters}. */
    PARAMETER_NAMES_UNAVAILABLE("RW110",
            "The template uses parameter names, but the class was compiled without -parameters."),
    /** {@code "user:{user.idd}"} where {@code User} has no {@code idd}. */
    UNKNOWN_PROPERTY("RW111",
            "A property path names no getter, record component or public field of the declared type."),
    /** {@code "user:{ids}"} where {@code ids} is a {@code List<String>}. */
    UNSTABLE_TYPE("RW112",
            "A placeholder's type has no stable text form (an array, a collection, a map, or Object's toString).");

    private final String code;
    private final String description;

    ProblemId(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The ID as printed in diagnostics, such as {@code RW101}. */
    public String code() {
        return code;
    }

    /** One line saying what this problem is, for diagnostics catalogues. */
    public String description() {
        return description;
    }

    /** The problem ID with this code, such as {@code RW101}. */
    public static ProblemId ofCode(String code) {
        for (ProblemId id : values()) {
            if (id.code.equals(code)) {
                return id;
            }
        }
        throw new IllegalArgumentException("No key-template problem has the code \"" + code
                + "\"; codes run from RW101 to RW" + (100 + values().length));
    }
}
