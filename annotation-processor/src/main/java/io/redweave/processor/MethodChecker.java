package io.redweave.processor;

import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Checks the RedWeave annotations of one method: where they may be (RW207–RW210), their numbers (RW201–RW206) and
 * their templates (RW1xx), and returns the method's keys for the manifest. {@code @RateLimited} numbers are checked
 * by {@link RateLimitChecks}.
 */
final class MethodChecker {
    private final Elements elements;
    private final Reporter reporter;
    private final Templates templates;
    private final TypeNames names;
    private final TypeProperties properties;
    private final InvalidationIndex invalidations;

    MethodChecker(Elements elements, Reporter reporter, Templates templates, TypeNames names,
            TypeProperties properties, InvalidationIndex invalidations) {
        this.elements = elements;
        this.reporter = reporter;
        this.templates = templates;
        this.names = names;
        this.properties = properties;
        this.invalidations = invalidations;
    }

    /** Checks every RedWeave annotation on a method (or constructor); returns its keys for the manifest. */
    List<KeyEntry> check(ExecutableElement method, List<AnnotationUse> uses) {
        checkPlacement(method, uses.get(0));
        List<KeyEntry> entries = new ArrayList<>();
        for (AnnotationUse use : uses) {
            switch (use.name()) {
                case AnnotationUse.CACHED -> entries.add(cached(method, use));
                case AnnotationUse.RATE_LIMITED -> entries.add(new RateLimitChecks(elements, reporter, templates)
                        .check(method, use, names.signature(method), describe(method)));
                case AnnotationUse.INVALIDATE_CACHE -> entries.add(invalidate(method, use));
                default -> entries.add(session(method, use));
            }
        }
        return entries;
    }

    private void checkPlacement(ExecutableElement method, AnnotationUse first) {
        String where = first.display() + " on " + describe(method);
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.report(DiagnosticId.PRIVATE_METHOD, first, null, where + " is private: no proxy or generated "
                    + "subclass can reach it, so its behaviour would depend on the weaving mode",
                    "Make the method public (or protected or package-private), or remove the annotation");
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            reporter.report(DiagnosticId.STATIC_METHOD, first, null, where + " is static: no proxy or generated "
                    + "subclass can reach it, so its behaviour would depend on the weaving mode",
                    "Make it an instance method, or remove the annotation");
        }
        if (method.getModifiers().contains(Modifier.FINAL)) {
            reporter.report(DiagnosticId.FINAL_METHOD, first, null, where + " is final: AspectJ weaves it, but "
                    + "Byte Buddy proxies and generated subclasses (redweave.proxy, redweave.enhance, Spring, Guice) "
                    + "cannot override it and silently skip the annotation",
                    "Remove final, or weave with AspectJ only and add @SuppressWarnings(\"RW210\")");
        }
    }

    private KeyEntry cached(ExecutableElement method, AnnotationUse use) {
        String where = "@Cached on " + describe(method);
        if (method.getKind() == ElementKind.METHOD && method.getReturnType().getKind() == TypeKind.VOID) {
            reporter.report(DiagnosticId.CACHED_VOID, use, null, where + " caches nothing: the method is void",
                    "Return the value to cache, or use @InvalidateCache if the method changes cached data");
        }
        long ttl = use.number("ttl", elements);
        long nullTtl = use.number("nullTtl", elements);
        String unit = (String) use.value("unit", elements);
        if (ttl <= 0) {
            reporter.report(DiagnosticId.TTL_NOT_POSITIVE, use, "ttl", "@Cached(ttl = " + ttl + ") on "
                    + describe(method) + " is invalid: ttl is how long a value stays cached, and it must be positive",
                    "Set a positive ttl, such as ttl = 300 (in " + unitName(unit) + ")");
        }
        if (nullTtl <= 0) {
            reporter.report(DiagnosticId.NULL_TTL_NOT_POSITIVE, use, "nullTtl", "@Cached(nullTtl = " + nullTtl
                    + ") on " + describe(method) + " is invalid: nullTtl is how long a cached null stays, and it must "
                    + "be positive (even with cacheNulls = false, so that turning cacheNulls on never fails at start-up)",
                    "Set a positive nullTtl, such as nullTtl = 30 (in " + unitName(unit) + "), or remove it");
        }
        String key = use.string("key", elements);
        String effective = key;
        if (key.isEmpty()) {
            effective = templates.defaultCachedKey(method);
            checkDefaultKeyArguments(method, use);
            invalidations.addKey(KeyTemplate.parse(effective, TemplateKind.KEY));
        } else {
            KeyTemplate checked = templates.check(use, "key", key, TemplateKind.KEY, method);
            if (checked != null) {
                invalidations.addKey(checked);
            }
        }
        boolean cacheNulls = use.flag("cacheNulls", elements);
        return new KeyEntry(names.signature(method), use.name(), key, "cache:" + effective, "KEY", "string",
                duration(ttl, unit), cacheNulls ? duration(nullTtl, unit) : null, null);
    }

    /** RW213: a default key renders every argument, so each must have a stable text form. */
    private void checkDefaultKeyArguments(ExecutableElement method, AnnotationUse use) {
        for (var parameter : method.getParameters()) {
            String why = properties.whyUnstable(properties.erased(parameter.asType()));
            if (why != null) {
                reporter.report(DiagnosticId.UNSTABLE_DEFAULT_KEY, use, null, "@Cached without a key on "
                        + describe(method) + " renders every argument into the key, but parameter '"
                        + parameter.getSimpleName() + "' (" + names.typeName(parameter.asType()) + ") " + why,
                        "Give a key that uses only value-like parts, such as key = \"...:{"
                                + parameter.getSimpleName() + ".id}\"");
                return;
            }
        }
    }

    private KeyEntry invalidate(ExecutableElement method, AnnotationUse use) {
        String pattern = use.string("pattern", elements);
        KeyTemplate checked = templates.check(use, "pattern", pattern, TemplateKind.PATTERN, method);
        if (checked != null) {
            invalidations.addPattern(use, checked, describe(method));
        }
        return new KeyEntry(names.signature(method), use.name(), pattern, "cache:" + pattern, "PATTERN", null, null,
                null, use.flag("beforeInvocation", elements) ? "before invocation" : "after return");
    }

    private KeyEntry session(ExecutableElement method, AnnotationUse use) {
        String id = use.string("id", elements);
        templates.check(use, "id", id, TemplateKind.KEY, method);
        return sessionEntry(names.signature(method), id);
    }

    /** The manifest entry of a session id template (the session's TTL comes from SessionConfig). */
    static KeyEntry sessionEntry(String method, String id) {
        return new KeyEntry(method, AnnotationUse.SESSION_SCOPED, id, "session:" + id, "KEY", "hash", null, null, null);
    }

    String describe(ExecutableElement method) {
        return method.getEnclosingElement().getSimpleName() + "." + names.display(method);
    }

    /** An amount in a TimeUnit's name as a Duration, or null when it is not positive or does not fit. */
    static Duration duration(long amount, String unit) {
        try {
            return amount <= 0 ? null : Duration.of(amount, TimeUnit.valueOf(unit).toChronoUnit());
        } catch (ArithmeticException | IllegalArgumentException | NullPointerException tooLong) {
            return null;
        }
    }

    static String unitName(String unit) {
        return unit == null ? "seconds" : unit.toLowerCase(Locale.ROOT);
    }
}
