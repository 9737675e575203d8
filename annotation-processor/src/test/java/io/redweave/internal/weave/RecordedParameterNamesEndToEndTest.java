package io.redweave.internal.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.redweave.InvalidKeyTemplateException;
import io.redweave.processor.RedWeaveProcessor;
import io.redweave.template.KeyTemplate;
import io.redweave.template.TemplateKind;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: classes compiled without {@code -parameters} but with the processor carry their parameter names as
 * a resource, and the runtime binds named templates with them ({@link RecordedParameterNames} through
 * {@link KeySource}, as every annotation's plan does).
 */
class RecordedParameterNamesEndToEndTest {
    private static final JavaFileObject ORDERS = JavaFileObjects.forSourceLines("shop.Orders",
            "package shop;",
            "import io.redweave.annotation.*;",
            "public class Orders {",
            "    @Cached(key = \"order:{customer}:{orderId}\")",
            "    public String find(String customer, long orderId) { return customer + orderId; }",
            "}");
    private static final JavaFileObject BOOK = JavaFileObjects.forSourceLines("shop.OrderBook",
            "package shop;",
            "public class OrderBook implements OrderLookup {",
            "    public String byNumber(String number) { return number; }",
            "}");
    private static final JavaFileObject LOOKUP = JavaFileObjects.forSourceLines("shop.OrderLookup",
            "package shop;",
            "import io.redweave.annotation.*;",
            "public interface OrderLookup {",
            "    @Cached(key = \"order:{number}\")",
            "    String byNumber(String number);",
            "}");

    @TempDir
    Path classes;

    private Class<?> compileAndLoad(List<String> options) throws Exception {
        return compileAndLoad(options, "shop.Orders");
    }

    private Class<?> compileAndLoad(List<String> options, String className) throws Exception {
        Compilation compilation = Compiler.javac().withProcessors(new RedWeaveProcessor()).withOptions(options)
                .compile(ORDERS, LOOKUP, BOOK); // without -parameters
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject file : compilation.generatedFiles()) {
            Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
        }
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        return Class.forName(className, true, loader);
    }

    @Test
    void namedTemplate_ofAClassCompiledWithoutParameters_bindsWithTheRecordedNames() throws Exception {
        Method find = compileAndLoad(List.of()).getMethod("find", String.class, long.class);
        assertThat(KeyTemplate.parameterNames(find)).as("compiled without -parameters").isNull();

        KeySource key = KeySource.template("order:{customer}:{orderId}", TemplateKind.KEY, find);

        assertThat(key.render(new Object[] {"ann", 42L})).isEqualTo("order:ann:42");
    }

    @Test
    void implementationWithoutAnnotations_ofAnAnnotatedInterfaceMethod_bindsWithTheInterfacesRecordedNames()
            throws Exception {
        Method byNumber = compileAndLoad(List.of(), "shop.OrderBook").getMethod("byNumber", String.class);

        KeySource key = KeySource.template("order:{number}", TemplateKind.KEY, byNumber);

        assertThat(key.render(new Object[] {"A-7"})).isEqualTo("order:A-7");
    }

    @Test
    void withoutRecordedNames_theSameTemplateFailsWithRW110() throws Exception {
        Method find = compileAndLoad(List.of("-Aredweave.parameterNames=false")).getMethod("find", String.class,
                long.class);

        assertThatThrownBy(() -> KeySource.template("order:{customer}:{orderId}", TemplateKind.KEY, find))
                .isInstanceOf(InvalidKeyTemplateException.class).hasMessageContaining("RW110");
    }

    @Test
    void recordedNames_thatDoNotFitTheMethod_areIgnored() throws Exception {
        compileAndLoad(List.of());
        Path file = classes.resolve(RecordedParameterNames.DIRECTORY + "shop.Orders");
        Files.writeString(file, "find(java.lang.String,long)=only\n");
        Class<?> reloaded = Class.forName("shop.Orders", true,
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()));

        assertThat(RecordedParameterNames.of(reloaded.getMethod("find", String.class, long.class))).isNull();
    }

    @Test
    void signature_namesErasedTypesAsTheProcessorWritesThem() throws NoSuchMethodException {
        Method method = RecordedParameterNamesEndToEndTest.class.getDeclaredMethod("sample", int[].class, List.class,
                Thread.State.class);

        assertThat(RecordedParameterNames.signature(method)).isEqualTo("sample(int[],java.util.List,java.lang.Thread$State)");
    }

    @SuppressWarnings("unused")
    private static <T extends Comparable<T>> void sample(int[] a, List<T> b, Thread.State c) {
    }
}
