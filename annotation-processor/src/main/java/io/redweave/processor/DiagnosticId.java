package io.redweave.processor;

import javax.tools.Diagnostic;

/**
 * The stable IDs of the processor's own diagnostics ({@code RW2xx}); template problems keep the runtime's
 * {@link io.redweave.template.ProblemId}s ({@code RW1xx}). {@code docs/diagnostics.md} lists every ID with an
 * example and its fix. Codes are never reused or renumbered.
 */
enum DiagnosticId {
    TTL_NOT_POSITIVE("RW201", Diagnostic.Kind.ERROR, "@Cached ttl is zero or negative."),
    NULL_TTL_NOT_POSITIVE("RW202", Diagnostic.Kind.ERROR, "@Cached nullTtl is zero or negative."),
    LIMIT_NOT_POSITIVE("RW203", Diagnostic.Kind.ERROR, "@RateLimited limit is zero or negative."),
    WINDOW_NOT_POSITIVE("RW204", Diagnostic.Kind.ERROR, "@RateLimited window is zero or negative."),
    PERMITS_NOT_POSITIVE("RW205", Diagnostic.Kind.ERROR, "@RateLimited permits is zero or negative."),
    PERMITS_ABOVE_LIMIT("RW206", Diagnostic.Kind.ERROR, "@RateLimited permits is greater than limit."),
    CACHED_VOID("RW207", Diagnostic.Kind.ERROR, "@Cached is on a void method."),
    PRIVATE_METHOD("RW208", Diagnostic.Kind.ERROR, "A RedWeave annotation is on a private method."),
    STATIC_METHOD("RW209", Diagnostic.Kind.ERROR, "A RedWeave annotation is on a static method."),
    FINAL_METHOD("RW210", Diagnostic.Kind.WARNING,
            "A RedWeave annotation is on a final method, which proxies and generated subclasses cannot intercept."),
    DANGLING_INVALIDATION("RW211", Diagnostic.Kind.WARNING,
            "An @InvalidateCache pattern can match no @Cached key template of the compilation."),
    SESSION_ID_UNRESOLVED("RW212", Diagnostic.Kind.ERROR,
            "A type-level @SessionScoped applies to no method: no public instance method can resolve the session id."),
    UNSTABLE_DEFAULT_KEY("RW213", Diagnostic.Kind.WARNING,
            "@Cached without a key renders every argument, and one of them has no stable text form."),
    PROCESSOR_FAILURE("RW299", Diagnostic.Kind.NOTE,
            "The processor failed on an element (a bug in RedWeave); the element was not checked.");

    private final String code;
    private final Diagnostic.Kind kind;
    private final String description;

    DiagnosticId(String code, Diagnostic.Kind kind, String description) {
        this.code = code;
        this.kind = kind;
        this.description = description;
    }

    /** The ID as printed, such as {@code RW201}. */
    String code() {
        return code;
    }

    /** The severity the diagnostic is reported with. */
    Diagnostic.Kind kind() {
        return kind;
    }

    /** One line saying what the diagnostic means, for the catalogue. */
    String description() {
        return description;
    }
}
