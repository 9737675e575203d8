package io.redweave.internal.bytebuddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class compiled without {@code -parameters} fails at weave time with the template binder's RW110 message, and
 * one that refers to its parameters by position works. The class is compiled by this test, into a temporary folder.
 */
@RedisTest
class ParameterNamesTest {
    private static final String SOURCE = "package compiled;\n"
            + "import io.redweave.annotation.Cached;\n"
            + "public class NoNames {\n"
            + "    @Cached(key = \"user:{id}\", ttl = 60)\n"
            + "    public String byName(String id) { return \"user \" + id; }\n"
            + "}\n";
    private static final String POSITIONAL = "package compiled;\n"
            + "import io.redweave.annotation.Cached;\n"
            + "public class Positional {\n"
            + "    @Cached(key = \"user:{0}\", ttl = 60)\n"
            + "    public String byPosition(String id) { return \"user \" + id; }\n"
            + "}\n";

    private static final String SCOPED_TYPE = "package compiled;\n"
            + "import io.redweave.annotation.SessionScoped;\n"
            + "@SessionScoped(id = \"{sessionId}\")\n"
            + "public class ScopedNoNames {\n"
            + "    public String cart(String sessionId) { return \"cart\"; }\n"
            + "}\n";

    private RedWeave redweave;
    private URLClassLoader loader;

    @BeforeEach
    void compileWithoutParameterNames(RedisServer server, @TempDir Path folder) throws Exception {
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        Path sources = Files.createDirectories(folder.resolve("src/compiled"));
        Files.writeString(sources.resolve("NoNames.java"), SOURCE);
        Files.writeString(sources.resolve("Positional.java"), POSITIONAL);
        Files.writeString(sources.resolve("ScopedNoNames.java"), SCOPED_TYPE);
        Path classes = Files.createDirectories(folder.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17",
                sources.resolve("NoNames.java").toString(), sources.resolve("Positional.java").toString(),
                sources.resolve("ScopedNoNames.java").toString());
        assertThat(status).as("javac exit status").isZero();
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }

    @AfterEach
    void close() throws Exception {
        redweave.close();
        loader.close();
    }

    @Test
    void classCompiledWithoutParameters_failsAtProxyTime_withRW110() throws Exception {
        Class<?> type = loader.loadClass("compiled.NoNames");
        Object target = type.getConstructor().newInstance();
        assertThat(type.getMethod("byName", String.class).getParameters()[0].isNamePresent()).isFalse();

        assertThatThrownBy(() -> redweave.proxy(target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot proxy compiled.NoNames")
                .hasMessageContaining("NoNames.byName(String)")
                .hasMessageContaining("RW110")
                .hasMessageContaining("compiled without -parameters")
                .hasMessageContaining("{0}");
    }

    @Test
    void classCompiledWithoutParameters_failsAtEnhanceTime_withRW110() throws Exception {
        Class<?> type = loader.loadClass("compiled.NoNames");

        assertThatThrownBy(() -> redweave.enhance(type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot enhance compiled.NoNames")
                .hasMessageContaining("RW110");
    }

    @Test
    void classCompiledWithoutParameters_positionalPlaceholders_work() throws Exception {
        Class<?> type = loader.loadClass("compiled.Positional");
        Object enhanced = redweave.enhance(type).getConstructor().newInstance();
        Object proxied = redweave.proxy(type.getConstructor().newInstance());

        assertThat(type.getMethod("byPosition", String.class).invoke(enhanced, "7")).isEqualTo("user 7");
        assertThat(type.getMethod("byPosition", String.class).invoke(proxied, "8")).isEqualTo("user 8");
        assertThat(redweave.client().exists("cache:user:7")).isTrue();
        assertThat(redweave.client().exists("cache:user:8")).isTrue();
        assertThat(List.of(enhanced.getClass().getClassLoader(), proxied.getClass().getClassLoader()))
                .containsOnly(loader);
    }

    @Test
    void typeLevelSessionScoped_withoutParameterNames_failsInsteadOfLeavingMethodsUnprotected() throws Exception {
        Class<?> type = loader.loadClass("compiled.ScopedNoNames");

        assertThatThrownBy(() -> redweave.enhance(type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RW110");
    }
}
