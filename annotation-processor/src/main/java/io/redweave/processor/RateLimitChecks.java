package io.redweave.processor;

import io.redweave.template.TemplateKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Checks one {@code @RateLimited}: {@code limit}, {@code window} and {@code permits} positive and
 * {@code permits <= limit} (RW203–RW206), and its key template; returns its manifest entry, whose Redis key and
 * data type depend on the algorithm (the runtime's {@code rl:<algorithm>:<key>} layout).
 */
final class RateLimitChecks {
    private final Elements elements;
    private final Reporter reporter;
    private final Templates templates;

    RateLimitChecks(Elements elements, Reporter reporter, Templates templates) {
        this.elements = elements;
        this.reporter = reporter;
        this.templates = templates;
    }

    KeyEntry check(ExecutableElement method, AnnotationUse use, String signature, String described) {
        long limit = use.number("limit", elements);
        long window = use.number("window", elements);
        long permits = use.number("permits", elements);
        String unit = (String) use.value("unit", elements);
        positive(DiagnosticId.LIMIT_NOT_POSITIVE, use, "limit", limit, described,
                "limit is how many permits one window holds", "such as limit = 100");
        positive(DiagnosticId.WINDOW_NOT_POSITIVE, use, "window", window, described,
                "window is the length of one window, in " + MethodChecker.unitName(unit), "such as window = 60");
        positive(DiagnosticId.PERMITS_NOT_POSITIVE, use, "permits", permits, described,
                "permits is what one call costs", "such as the default, permits = 1");
        if (limit > 0 && permits > limit) {
            reporter.report(DiagnosticId.PERMITS_ABOVE_LIMIT, use, "permits", "@RateLimited(limit = " + limit
                    + ", permits = " + permits + ") on " + described + " is invalid: one call costs more than a whole"
                    + " window holds, so every call would be denied",
                    "Make permits at most limit (" + limit + "), or raise limit");
        }
        String key = use.string("key", elements);
        String effective = key;
        if (key.isEmpty()) {
            effective = templates.methodKey(method);
        } else {
            templates.check(use, "key", key, TemplateKind.KEY, method);
        }
        String algorithm = (String) use.value("algorithm", elements);
        return new KeyEntry(signature, use.name(), key, prefix(algorithm) + effective, "KEY", dataType(algorithm),
                MethodChecker.duration(window, unit), null, algorithm);
    }

    private void positive(DiagnosticId id, AnnotationUse use, String attribute, long value, String described,
            String meaning, String example) {
        if (value <= 0) {
            reporter.report(id, use, attribute, "@RateLimited(" + attribute + " = " + value + ") on " + described
                    + " is invalid: " + meaning + ", and it must be positive",
                    "Set a positive " + attribute + ", " + example);
        }
    }

    private static String prefix(String algorithm) {
        return switch (String.valueOf(algorithm)) {
            case "FIXED_WINDOW" -> "rl:fw:";
            case "TOKEN_BUCKET" -> "rl:tb:";
            case "GCRA" -> "rl:gcra:";
            default -> "rl:sw:";
        };
    }

    private static String dataType(String algorithm) {
        return switch (String.valueOf(algorithm)) {
            case "FIXED_WINDOW", "GCRA" -> "string";
            case "TOKEN_BUCKET" -> "hash";
            default -> "zset";
        };
    }
}
