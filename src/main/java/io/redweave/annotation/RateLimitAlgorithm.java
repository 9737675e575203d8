package io.redweave.annotation;

/** The algorithm a {@link RateLimited} method is limited with. */
public enum RateLimitAlgorithm {
    /** Exactly {@code limit} calls in any window of the given length; memory grows with the calls in the window. */
    SLIDING_WINDOW,
    /** At most {@code limit} calls per fixed window; bursts of up to twice the limit around a window boundary. */
    FIXED_WINDOW,
    /** A bucket of {@code limit} tokens refilled evenly over the window; allows bursts up to the bucket size. */
    TOKEN_BUCKET,
    /** The generic cell rate algorithm: calls spaced evenly, {@code limit} per window, constant memory. */
    GCRA
}
