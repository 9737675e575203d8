package io.redweave.template;

/** The stable IDs of key-template problems, shared by the runtime and the annotation processor. */
public enum ProblemId {
    RW101;

    /** The ID as printed in diagnostics, such as {@code RW101}. */
    public String code() {
        return name();
    }
}
