package io.redweave.processor;

import io.redweave.template.KeyTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code @Cached} key templates and {@code @InvalidateCache} patterns of a compilation: at the end of each
 * round, each pattern of the round that can match none of the keys seen so far gets a warning (RW211): a dangling
 * invalidation deletes nothing, and the data it meant to refresh goes stale.
 *
 * <p>Implementation notes: the check runs at the end of the round that found the pattern, not in the last round,
 * because javac's annotation mirrors no longer lead to their source position (the annotation value) by then. So
 * {@code @Cached} keys of sources that other processors generate in later rounds are not seen.
 */
final class InvalidationIndex {
    private static final int KEYS_SHOWN = 3;

    private final List<KeyTemplate> keys = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    /** A checked pattern and where it was written. */
    private record Pattern(AnnotationUse use, KeyTemplate template, String method) {
    }

    /** A {@code @Cached} key template (or the template equivalent of a default key) without problems. */
    void addKey(KeyTemplate key) {
        keys.add(key);
    }

    /** An {@code @InvalidateCache} pattern without problems. */
    void addPattern(AnnotationUse use, KeyTemplate pattern, String method) {
        patterns.add(new Pattern(use, pattern, method));
    }

    /** Warns about each pattern of this round that matches no key seen so far; called at the end of each round. */
    void reportDangling(Reporter reporter) {
        for (Pattern pattern : patterns) {
            if (keys.stream().noneMatch(key -> GlobOverlap.mayOverlap(key, pattern.template()))) {
                reporter.report(DiagnosticId.DANGLING_INVALIDATION, pattern.use(), "pattern",
                        "@InvalidateCache(pattern = " + TemplateDisplay.quoted(pattern.template().text()) + ") on "
                                + pattern.method() + " can match no @Cached key template of this compilation"
                                + knownKeys() + ", so it deletes nothing and the values it should refresh go stale",
                        "Write the pattern in the key space of the @Cached key it invalidates (placeholders match "
                                + "any value, * any text); if that key is cached by another compilation, add "
                                + "@SuppressWarnings(\"RW211\") to the method");
            }
        }
        patterns.clear();
    }

    private String knownKeys() {
        if (keys.isEmpty()) {
            return " (it has none)";
        }
        StringJoiner shown = new StringJoiner(", ", " (its keys: ", keys.size() > KEYS_SHOWN ? ", …)" : ")");
        keys.stream().limit(KEYS_SHOWN).forEach(key -> shown.add(TemplateDisplay.quoted(key.text())));
        return shown.toString();
    }
}
