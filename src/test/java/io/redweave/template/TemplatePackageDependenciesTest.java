package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The template package depends on the JDK only, so that the annotation processor can reuse it unchanged. */
class TemplatePackageDependenciesTest {

    @Test
    void templateClasses_referToNoOtherRedWeavePackageAndNoLibrary() throws IOException, URISyntaxException {
        Path folder = Path.of(KeyTemplate.class.getResource("KeyTemplate.class").toURI()).getParent();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> classes = Files.list(folder)) {
            for (Path file : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String prefix : List.of("io/redweave/", "redis/clients/", "com/fasterxml/", "org/slf4j/",
                        "org/aspectj/", "net/bytebuddy/")) {
                    for (int at = constants.indexOf(prefix); at >= 0; at = constants.indexOf(prefix, at + 1)) {
                        if (!constants.startsWith("io/redweave/template/", at)) {
                            offenders.add(file.getFileName() + " -> " + constants.substring(at, Math.min(at + 40,
                                    constants.length())).split("[;\\x00-\\x1f]")[0]);
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
