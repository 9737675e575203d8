package io.redweave.template;

/** What a template produces: one exact key, or a glob pattern that selects keys. */
public enum TemplateKind {
    /**
     * A template that renders one exact key ({@code @Cached}, {@code @RateLimited},
     * {@code @SessionScoped}). Glob characters ({@code * ? [ ] \}) are not allowed in its literal text.
     */
    KEY,
    /**
     * A template that renders a glob pattern ({@code @InvalidateCache}). Its literal text may hold
     * glob characters; values from arguments are encoded and can never widen the pattern.
     */
    PATTERN
}
