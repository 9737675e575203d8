package io.redweave.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import io.redweave.template.TemplateProblem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's shared corpus of good and bad templates, read from the repository, runs through the processor's path and
 * the runtime's, and both agree on every entry: the processor's checker on {@code javax.lang.model} types gives the
 * very problems (ID, offsets, message, hint) that the runtime gives on loaded classes, and a compilation of every
 * entry as an annotation reports the runtime's problem IDs.
 */
class TemplateCorpusAgreementTest {
    private static final String FIXTURE_PACKAGE = "io.redweave.template.corpus.";
    private static final Map<String, String> SOURCE_TYPES = Map.ofEntries(Map.entry("List", "java.util.List<String>"),
            Map.entry("Map", "java.util.Map<String, String>"), Map.entry("UUID", "java.util.UUID"),
            Map.entry("Instant", "java.time.Instant"));
    private static final Map<String, Class<?>> JDK_TYPES = Map.ofEntries(Map.entry("String", String.class),
            Map.entry("int", int.class), Map.entry("long", long.class), Map.entry("boolean", boolean.class),
            Map.entry("Object", Object.class), Map.entry("UUID", java.util.UUID.class),
            Map.entry("Instant", java.time.Instant.class), Map.entry("List", List.class), Map.entry("Map", Map.class),
            Map.entry("String[]", String[].class));

    private static List<CorpusFile.Entry> entries;
    private static List<JavaFileObject> fixtures;
    private static ClassLoader fixtureClasses;

    @BeforeAll
    static void compileFixtures(@TempDir Path classes) throws IOException {
        Path repository = Compilations.repository();
        entries = CorpusFile.read(repository);
        try (Stream<Path> files = Files.list(repository.resolve(CorpusFile.FIXTURES))) {
            List<JavaFileObject> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
            }
            fixtures = List.copyOf(sources);
        }
        Compilation compiled = Compiler.javac().compile(fixtures);
        CompilationSubject.assertThat(compiled).succeeded();
        for (JavaFileObject file : compiled.generatedFiles()) {
            Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
        }
        fixtureClasses = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }

    @Test
    void corpus_isReadFromCore_andHasGoodAndBadEntries() {
        assertThat(entries).hasSizeGreaterThan(50);
        assertThat(entries).anyMatch(entry -> entry.expected().isEmpty()).anyMatch(entry -> !entry.expected().isEmpty());
    }

    @Test
    void processorChecker_givesTheRuntimesExactProblems_onEveryEntry() {
        Map<Integer, List<TemplateProblem>> checked = new HashMap<>();
        Compilation compilation = Compiler.javac().withProcessors(new ProbeProcessor(checked))
                .compile(with(probeSource("Probe", false)));
        CompilationSubject.assertThat(compilation).succeeded();

        for (CorpusFile.Entry entry : entries) {
            List<TemplateProblem> runtime = runtimeProblems(entry, entry.names());
            assertThat(checked.get(entry.line())).as("%s", entry).isEqualTo(runtime);
            assertThat(codes(runtime)).as("%s", entry).containsExactlyInAnyOrderElementsOf(entry.expected());
        }
    }

    @Test
    void processorCompilation_reportsTheRuntimesProblemIds_onEveryEntryWrittenAsAnAnnotation() {
        JavaFileObject annotated = probeSource("Annotated", true);

        Compilation compilation = Compilations.compile(with(annotated).toArray(JavaFileObject[]::new));

        Map<Long, List<String>> reported = compilation.errors().stream().collect(Collectors.groupingBy(
                Diagnostic::getLineNumber, Collectors.mapping(d -> d.getMessage(null).substring(1, 6), Collectors.toList())));
        for (CorpusFile.Entry entry : entries) {
            List<String> runtime = runtimeProblems(entry, entry.sourceNames()).stream()
                    .map(problem -> problem.id().code()).toList();
            assertThat(reported.getOrDefault((long) lineOf(entry), List.of())).as("%s", entry)
                    .containsExactlyInAnyOrderElementsOf(runtime);
        }
    }

    private static List<JavaFileObject> with(JavaFileObject probe) {
        List<JavaFileObject> sources = new ArrayList<>(fixtures);
        sources.add(probe);
        return sources;
    }

    /**
     * One abstract method per entry, on line 4 + its index; annotated with the entry's template if asked: a pattern
     * in {@code @InvalidateCache}, a key in {@code @Cached} (or, for the empty key, which is {@code @Cached}'s default
     * key and no template, in {@code @SessionScoped}).
     */
    private static JavaFileObject probeSource(String name, boolean annotated) {
        List<String> lines = new ArrayList<>(List.of("package probe;", "import io.redweave.annotation.*;",
                "public abstract class " + name + " {"));
        for (CorpusFile.Entry entry : entries) {
            StringBuilder parameters = new StringBuilder();
            for (int i = 0; i < entry.types().size(); i++) {
                String type = entry.types().get(i);
                String sourceType = SOURCE_TYPES.getOrDefault(type, JDK_TYPES.containsKey(type) ? type : FIXTURE_PACKAGE + type);
                parameters.append(i == 0 ? "" : ", ").append(sourceType).append(' ').append(entry.sourceNames().get(i));
            }
            String literal = "\"" + javaLiteral(entry.template()) + "\") public abstract ";
            String annotation = entry.kind() == TemplateKind.PATTERN ? "@InvalidateCache(pattern = " + literal + "void "
                    : entry.template().isEmpty() ? "@SessionScoped(id = " + literal + "String " // an empty key is @Cached's default
                    : "@Cached(key = " + literal + "String ";
            lines.add("    " + (annotated ? annotation : "public abstract void ") + "m" + entry.line() + "("
                    + parameters + ");");
        }
        lines.add("}");
        return JavaFileObjects.forSourceLines("probe." + name, lines);
    }

    private static int lineOf(CorpusFile.Entry entry) {
        return 4 + entries.indexOf(entry);
    }

    private static List<TemplateProblem> runtimeProblems(CorpusFile.Entry entry, List<String> names) {
        List<Class<?>> types = new ArrayList<>();
        for (String type : entry.types()) {
            types.add(JDK_TYPES.containsKey(type) ? JDK_TYPES.get(type) : load(FIXTURE_PACKAGE + type));
        }
        return KeyTemplate.parse(entry.template(), entry.kind()).check(names, types);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, fixtureClasses);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("corpus fixture " + name + " did not compile", e);
        }
    }

    private static List<String> codes(List<TemplateProblem> problems) {
        return problems.stream().map(problem -> problem.id().code() + "@" + problem.start()).toList();
    }

    /** A template as the content of a Java string literal. */
    private static String javaLiteral(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7F ? String.format("\\%03o", (int) c)
                        : c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** Runs the processor's template checker on each probe method, as the processor does on annotated methods. */
    @SupportedAnnotationTypes("*")
    static final class ProbeProcessor extends AbstractProcessor {
        private final Map<Integer, List<TemplateProblem>> checked;

        ProbeProcessor(Map<Integer, List<TemplateProblem>> checked) {
            this.checked = checked;
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            TypeElement probe = processingEnv.getElementUtils().getTypeElement("probe.Probe");
            if (round.processingOver() || probe == null) {
                return false;
            }
            TypeNames names = new TypeNames(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
            TemplateChecker checker = new TemplateChecker(
                    new TypeProperties(processingEnv.getElementUtils(), processingEnv.getTypeUtils()), names);
            for (ExecutableElement method : ElementFilter.methodsIn(probe.getEnclosedElements())) {
                int line = Integer.parseInt(method.getSimpleName().toString().substring(1));
                CorpusFile.Entry entry = entries.stream().filter(e -> e.line() == line).findFirst().orElseThrow();
                checked.put(line, checker.check(KeyTemplate.parse(entry.template(), entry.kind()), entry.names(),
                        Templates.parameterTypes(method)));
            }
            return false;
        }
    }
}
