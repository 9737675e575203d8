package io.redweave.ops;

/**
 * A member of a sorted set with its score, as {@code ZADD} takes it and {@code WITHSCORES} replies return it.
 *
 * @param member the member, a plain string (never encoded)
 * @param score  the score; infinite scores are allowed, {@code NaN} is not
 */
public record ScoredMember(String member, double score) {

    /**
     * Validates the member and the score.
     *
     * @throws IllegalArgumentException when the member is null or the score is {@code NaN}
     */
    public ScoredMember {
        if (member == null) {
            throw new IllegalArgumentException("member must not be null");
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score NaN of member '" + member + "' is invalid: Redis scores are "
                    + "numbers (infinities included)");
        }
    }

    /** A member with its score. */
    public static ScoredMember of(String member, double score) {
        return new ScoredMember(member, score);
    }
}
