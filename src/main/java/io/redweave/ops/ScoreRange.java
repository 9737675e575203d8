package io.redweave.ops;

import java.util.Locale;

/**
 * A range of sorted-set scores, each bound inclusive or exclusive, possibly infinite: what
 * {@code ZRANGEBYSCORE}, {@code ZCOUNT} and {@code ZREMRANGEBYSCORE} take as {@code min} and {@code max}.
 *
 * <pre>{@code
 * ScoreRange.closed(1, 5)          // 1 <= score <= 5       min "1",    max "5"
 * ScoreRange.open(1, 5)            // 1 <  score <  5       min "(1",   max "(5"
 * ScoreRange.greaterThan(5)        // 5 <  score            min "(5",   max "+inf"
 * ScoreRange.parse("(5", "+inf")   // the seed's string form
 * }</pre>
 *
 * <p>A range is always written minimum first, also for the reverse calls ({@code zrevrangeByScore}), which
 * send it to Redis maximum first.
 *
 * @param min          the lower bound, possibly {@code -Infinity}
 * @param minExclusive whether a score equal to {@code min} is outside the range
 * @param max          the upper bound, possibly {@code +Infinity}
 * @param maxExclusive whether a score equal to {@code max} is outside the range
 */
public record ScoreRange(double min, boolean minExclusive, double max, boolean maxExclusive) {

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException when a bound is {@code NaN} or {@code min} is greater than {@code max}
     */
    public ScoreRange {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw new IllegalArgumentException("score range [" + min + ", " + max + "] is invalid: bounds must be "
                    + "numbers, not NaN");
        }
        if (min > max) {
            throw new IllegalArgumentException("score range min " + min + " is greater than max " + max
                    + ": a ScoreRange is always written min first, also for the reverse (zrev...) calls");
        }
    }

    /** Every score: {@code -inf} to {@code +inf}. */
    public static ScoreRange all() {
        return new ScoreRange(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    /** Scores from {@code min} to {@code max}, both included. */
    public static ScoreRange closed(double min, double max) {
        return new ScoreRange(min, false, max, false);
    }

    /** Scores between {@code min} and {@code max}, both excluded. */
    public static ScoreRange open(double min, double max) {
        return new ScoreRange(min, true, max, true);
    }

    /** Scores of at least {@code min}. */
    public static ScoreRange atLeast(double min) {
        return new ScoreRange(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** Scores greater than {@code min}. */
    public static ScoreRange greaterThan(double min) {
        return new ScoreRange(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** Scores of at most {@code max}. */
    public static ScoreRange atMost(double max) {
        return new ScoreRange(Double.NEGATIVE_INFINITY, false, max, false);
    }

    /** Scores less than {@code max}. */
    public static ScoreRange lessThan(double max) {
        return new ScoreRange(Double.NEGATIVE_INFINITY, false, max, true);
    }

    /**
     * A range from Redis's string bounds, as the seed library took them: a number ({@code "5"}, {@code "2.5"}),
     * an exclusive number ({@code "(5"}), or {@code "-inf"}, {@code "+inf"}, {@code "inf"}.
     *
     * @throws IllegalArgumentException naming the bound when it is not one of those forms
     */
    public static ScoreRange parse(String min, String max) {
        return new ScoreRange(number("min", min), exclusive(min), number("max", max), exclusive(max));
    }

    /** The lower bound as Redis reads it: {@code "1.5"}, {@code "(1.5"} or {@code "-inf"}. */
    public String redisMin() {
        return bound(min, minExclusive);
    }

    /** The upper bound as Redis reads it: {@code "5.0"}, {@code "(5.0"} or {@code "+inf"}. */
    public String redisMax() {
        return bound(max, maxExclusive);
    }

    private static String bound(double value, boolean exclusive) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+inf" : "-inf";
        }
        return (exclusive ? "(" : "") + value;
    }

    private static boolean exclusive(String bound) {
        return bound != null && bound.startsWith("(");
    }

    private static double number(String name, String bound) {
        if (bound == null) {
            throw new IllegalArgumentException(name + " bound must not be null");
        }
        String text = (exclusive(bound) ? bound.substring(1) : bound).trim().toLowerCase(Locale.ROOT);
        switch (text) {
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "+inf":
            case "inf":
                return Double.POSITIVE_INFINITY;
            default:
                try {
                    if (text.isEmpty() || text.contains("n")) {
                        throw new NumberFormatException();
                    }
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " bound '" + bound + "' is invalid: write a number "
                            + "such as 5 or 2.5, an exclusive bound such as (5, or -inf / +inf", e);
                }
        }
    }
}
