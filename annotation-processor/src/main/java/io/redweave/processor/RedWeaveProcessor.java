package io.redweave.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The RedWeave annotation processor: proves every {@code @Cached}, {@code @RateLimited}, {@code @InvalidateCache}
 * and {@code @SessionScoped} at compile time, with the runtime's own template parser and problem list, and writes
 * per class the parameter names (for builds without {@code -parameters}) and a key manifest.
 *
 * <p>Each diagnostic has a stable ID ({@code RW1xx} shared with the runtime, {@code RW2xx} the processor's own; see
 * {@code docs/diagnostics.md}). Options: {@code -Aredweave.parameterNames=false} and
 * {@code -Aredweave.keyManifest=false} turn off the two resources. The processor never throws into javac: a failure
 * becomes a note (RW299). It is isolating: every element is checked on its own, and each resource has one
 * originating class; only the dangling-invalidation warning (RW211) looks across the
 * compilation.
 */
public class RedWeaveProcessor extends AbstractProcessor {
    static final String PARAMETER_NAMES_OPTION = "redweave.parameterNames";
    static final String KEY_MANIFEST_OPTION = "redweave.keyManifest";
    private static final List<String> ANNOTATIONS = List.of("io.redweave.annotation.Cached",
            "io.redweave.annotation.RateLimited", "io.redweave.annotation.InvalidateCache",
            "io.redweave.annotation.InvalidateCache.List", "io.redweave.annotation.SessionScoped");

    private final InvalidationIndex invalidations = new InvalidationIndex();
    private final Set<String> sourceTypes = new HashSet<>();
    private Reporter reporter;
    private MethodChecker methods;
    private SessionTypeChecker sessionTypes;
    private ClassResources resources;
    private boolean parameterNames;
    private boolean keyManifest;

    /** Creates the processor; javac finds it through {@code META-INF/services}. */
    public RedWeaveProcessor() {
        // configured in init
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.copyOf(ANNOTATIONS);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(PARAMETER_NAMES_OPTION, KEY_MANIFEST_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        Elements elements = environment.getElementUtils();
        TypeNames names = new TypeNames(elements, environment.getTypeUtils());
        TypeProperties properties = new TypeProperties(elements, environment.getTypeUtils());
        reporter = new Reporter(environment.getMessager(), SourcePointer.of(environment));
        Templates templates = new Templates(new TemplateChecker(properties, names), names, reporter);
        methods = new MethodChecker(elements, reporter, templates, names, properties, invalidations);
        sessionTypes = new SessionTypeChecker(elements, reporter, templates, names);
        resources = new ClassResources(environment.getFiler(), names);
        parameterNames = !"false".equals(environment.getOptions().get(PARAMETER_NAMES_OPTION));
        keyManifest = !"false".equals(environment.getOptions().get(KEY_MANIFEST_OPTION));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (!round.processingOver()) {
                rememberSourceTypes(round.getRootElements());
                processRound(round);
                invalidations.reportDangling(reporter);
            }
        } catch (RuntimeException | LinkageError failure) {
            reporter.bug(null, failure);
        }
        return true; // RedWeave's annotations are RedWeave's (and -Xlint:processing warns of unclaimed ones)
    }

    private void processRound(RoundEnvironment round) {
        Set<Element> annotated = new LinkedHashSet<>();
        for (String name : ANNOTATIONS) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation != null) {
                annotated.addAll(round.getElementsAnnotatedWith(annotation));
            }
        }
        Map<TypeElement, List<Element>> byClass = new LinkedHashMap<>();
        for (Element element : annotated) {
            TypeElement owner = element instanceof TypeElement type ? type : (TypeElement) element.getEnclosingElement();
            byClass.computeIfAbsent(owner, key -> new ArrayList<>()).add(element);
        }
        byClass.forEach((owner, elements) -> processClass(owner, elements));
    }

    /** Checks the annotated elements of one class in source order, then writes the class's resources. */
    private void processClass(TypeElement owner, List<Element> annotated) {
        List<KeyEntry> entries = new ArrayList<>();
        Set<TypeElement> named = new LinkedHashSet<>();
        if (annotated.contains(owner)) {
            try {
                SessionTypeChecker.Result result = checkType(owner);
                entries.addAll(result.entries());
                result.declaringTypes().forEach(type -> named.add(type));
            } catch (RuntimeException | LinkageError failure) {
                reporter.bug(owner, failure);
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
            checkMethod(method, annotated, entries, named, owner);
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
            checkMethod(constructor, annotated, entries, named, owner);
        }
        write(owner, entries, named);
    }

    private void checkMethod(ExecutableElement method, List<Element> annotated, List<KeyEntry> entries,
            Set<TypeElement> named, TypeElement owner) {
        if (!annotated.contains(method)) {
            return;
        }
        try {
            entries.addAll(checkElement(method));
            named.add(owner);
        } catch (RuntimeException | LinkageError failure) {
            reporter.bug(method, failure);
        }
    }

    /** Checks one annotated method; a seam for the test that shows a failure becomes a note. */
    List<KeyEntry> checkElement(ExecutableElement method) {
        List<AnnotationUse> uses = AnnotationUse.on(method);
        return uses.isEmpty() ? List.of() : methods.check(method, uses);
    }

    private SessionTypeChecker.Result checkType(TypeElement type) {
        return sessionTypes.check(type);
    }

    private void write(TypeElement owner, List<KeyEntry> entries, Set<TypeElement> named) {
        try {
            if (keyManifest) {
                resources.writeManifest(owner, entries);
            }
            if (parameterNames) {
                for (TypeElement type : named) {
                    if (sourceTypes.contains(type.getQualifiedName().toString())) {
                        resources.writeParameterNames(type);
                    }
                }
            }
        } catch (IOException | RuntimeException failure) {
            reporter.bug(owner, failure);
        }
    }

    private void rememberSourceTypes(Iterable<? extends Element> elements) {
        for (TypeElement type : ElementFilter.typesIn(elements)) {
            sourceTypes.add(type.getQualifiedName().toString());
            rememberSourceTypes(type.getEnclosedElements());
        }
    }
}
