package io.redweave.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the RedWeave processor, as javac does without {@code -parameters}. */
final class Compilations {
    private Compilations() {
    }

    /** Compiles with the processor and any {@code -A} options. */
    static Compilation compile(List<String> options, JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new RedWeaveProcessor()).withOptions(options).compile(sources);
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /** A source file from lines. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** The text of a resource the compilation wrote to the class output. */
    static String resource(Compilation compilation, String name) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name).orElseThrow(
                () -> new AssertionError("no generated resource " + name + " among " + compilation.generatedFiles()));
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root folder (the surefire configuration passes it), for core's corpus and the examples. */
    static Path repository() {
        return Path.of(System.getProperty("redweave.repository", "..")).toAbsolutePath().normalize();
    }
}
