package io.redweave.template;

/**
 * One thing wrong with a key template: a stable ID, where it is (a half-open range of character
 * offsets in the template), what is wrong and how to fix it.
 *
 * @param id      the stable diagnostic ID, such as {@code RW101}
 * @param start   offset of the first offending character
 * @param end     offset just past the last offending character
 * @param message what is wrong, naming the offending text
 * @param hint    how to fix it
 */
public record TemplateProblem(ProblemId id, int start, int end, String message, String hint) {

    @Override
    public String toString() {
        return "[" + id.code() + "] " + message + " (at offset " + start + "). Hint: " + hint;
    }
}
