package io.redweave.processor;

import static io.redweave.processor.Compilations.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A copy of an example's annotated service (read from {@code examples/spring}) compiles cleanly with the processor,
 * and with a deliberately broken key template the build fails with the right diagnostic on the right line.
 */
class ExampleSourceTest {
    private static final String SERVICE = "io.redweave.examples.spring.InventoryService";
    private static final Path SOURCE = Path.of("examples/spring/src/main/java/io/redweave/examples/spring/"
            + "InventoryService.java");
    private static final String KEY = "@Cached(key = \"stock:{sku}\"";

    private static String example() throws IOException {
        String text = Files.readString(Compilations.repository().resolve(SOURCE), StandardCharsets.UTF_8);
        assertThat(text).as("the example still caches stock by sku").contains(KEY);
        return text;
    }

    @Test
    void exampleService_asItIs_compilesWithoutDiagnostics() throws IOException {
        CompilationSubject.assertThat(compile(JavaFileObjects.forSourceString(SERVICE, example())))
                .succeededWithoutWarnings();
    }

    @Test
    void exampleService_withAMisspeltPlaceholder_failsTheBuildWithRW108OnItsLine() throws IOException {
        JavaFileObject broken = JavaFileObjects.forSourceString(SERVICE,
                example().replace(KEY, "@Cached(key = \"stock:{skuId}\""));

        Compilation compilation = compile(broken);

        CompilationSubject.assertThat(compilation).failed();
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("[RW108] @Cached key: The placeholder {skuId} "
                + "names no parameter: the parameters are sku").inFile(broken).onLineContaining("stock:{skuId}");
        CompilationSubject.assertThat(compilation).hadErrorContaining("Fix: Did you mean {sku}?");
    }
}
