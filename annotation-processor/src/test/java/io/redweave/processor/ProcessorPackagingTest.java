package io.redweave.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.template.ProblemId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How the processor is found and what it depends on: registered through {@code META-INF/services}, declared
 * isolating for Gradle's incremental builds, and built on the JDK and the template package only.
 */
class ProcessorPackagingTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = RedWeaveProcessor.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    @Test
    void processor_isRegisteredAsAService() throws IOException {
        assertThat(resource("META-INF/services/javax.annotation.processing.Processor"))
                .isEqualTo(RedWeaveProcessor.class.getName());
    }

    @Test
    void processor_isDeclaredIsolatingForGradle() throws IOException {
        assertThat(resource("META-INF/gradle/incremental.annotation.processors"))
                .isEqualTo(RedWeaveProcessor.class.getName() + ",isolating");
    }

    @Test
    void diagnosticsCatalogue_hasAnEntryForEveryId() throws IOException {
        String catalogue = Files.readString(Compilations.repository().resolve("docs/diagnostics.md"));
        for (ProblemId id : ProblemId.values()) {
            assertThat(catalogue).as("docs/diagnostics.md").contains("### " + id.code() + "\n");
        }
        for (DiagnosticId id : DiagnosticId.values()) {
            assertThat(catalogue).as("docs/diagnostics.md").contains("### " + id.code() + "\n",
                    "| [" + id.code() + "](#" + id.code().toLowerCase() + ") | "
                            + id.kind().name().toLowerCase() + " |");
        }
    }

    @Test
    void processorSources_importOnlyTheJdkAndTheTemplatePackage() throws IOException {
        Path sources = Compilations.repository().resolve("annotation-processor/src/main/java/io/redweave/processor");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ") && !line.matches(
                            "import (static )?(java|javax|com\\.sun\\.source|io\\.redweave\\.template)\\..*")) {
                        offenders.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
