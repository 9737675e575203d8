package io.redweave.processor;

import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One negative test per processor-only diagnostic ID (RW2xx), each asserting the file and the line. */
class ProcessorDiagnosticsTest {

    private static JavaFileObject users(String... body) {
        String[] lines = new String[body.length + 4];
        lines[0] = "package shop;";
        lines[1] = "import io.redweave.annotation.*;";
        lines[2] = "public class Users {";
        System.arraycopy(body, 0, lines, 3, body.length);
        lines[lines.length - 1] = "}";
        return source("shop.Users", lines);
    }

    @Test
    void rw201_cachedTtlZero_isAnErrorOnTheTtlValue() {
        JavaFileObject file = users(
                "    @Cached(key = \"user:{id}\",",
                "            ttl = 0)",
                "    public String find(String id) { return id; }");
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).hadErrorContaining("[RW201] @Cached(ttl = 0) on Users.find(String) "
                + "is invalid").inFile(file).onLineContaining("ttl = 0");
        CompilationSubject.assertThat(compilation).hadErrorContaining("[RW201]").inFile(file).onLine(5).atColumn(19);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Fix: Set a positive ttl");
    }

    @Test
    void rw202_cachedNullTtlNegative_isAnErrorOnTheNullTtlValue() {
        JavaFileObject file = users(
                "    @Cached(key = \"user:{id}\", cacheNulls = true,",
                "            nullTtl = -1)",
                "    public String find(String id) { return id; }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW202] @Cached(nullTtl = -1)").inFile(file)
                .onLineContaining("nullTtl = -1");
    }

    @Test
    void rw203_rateLimitZero_isAnErrorOnTheLimitValue() {
        JavaFileObject file = users(
                "    @RateLimited(key = \"api:{id}\", window = 60,",
                "            limit = 0, permits = 0)",
                "    public String call(String id) { return id; }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW203] @RateLimited(limit = 0)").inFile(file)
                .onLineContaining("limit = 0");
    }

    @Test
    void rw204_rateLimitWindowZero_isAnErrorOnTheWindowValue() {
        JavaFileObject file = users(
                "    @RateLimited(key = \"api:{id}\", limit = 10,",
                "            window = 0)",
                "    public String call(String id) { return id; }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW204] @RateLimited(window = 0)").inFile(file)
                .onLineContaining("window = 0");
    }

    @Test
    void rw205_permitsZero_isAnErrorOnThePermitsValue() {
        JavaFileObject file = users(
                "    @RateLimited(key = \"api:{id}\", limit = 10, window = 1,",
                "            permits = 0)",
                "    public String call(String id) { return id; }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW205] @RateLimited(permits = 0)")
                .inFile(file).onLineContaining("permits = 0");
    }

    @Test
    void rw206_permitsAboveLimit_isAnErrorOnThePermitsValue() {
        JavaFileObject file = users(
                "    @RateLimited(key = \"api:{id}\", limit = 10, window = 1,",
                "            permits = 11)",
                "    public String call(String id) { return id; }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW206] @RateLimited(limit = 10, permits = 11)")
                .inFile(file).onLineContaining("permits = 11");
    }

    @Test
    void rw207_cachedOnVoid_isAnErrorOnTheAnnotation() {
        JavaFileObject file = users(
                "    @Cached(key = \"user:{id}\")",
                "    public void touch(String id) { }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW207] @Cached on Users.touch(String) caches "
                + "nothing: the method is void").inFile(file).onLineContaining("@Cached");
    }

    @Test
    void rw208_privateMethod_isAnError() {
        JavaFileObject file = users(
                "    @RateLimited(limit = 1, window = 1)",
                "    private String call() { return null; }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW208] @RateLimited on Users.call() is "
                + "private").inFile(file).onLineContaining("@RateLimited");
    }

    @Test
    void rw209_staticMethod_isAnError() {
        JavaFileObject file = users(
                "    @InvalidateCache(pattern = \"user:*\")",
                "    public static void clear() { }",
                "    @Cached(key = \"user:{id}\") public String find(String id) { return id; }");
        CompilationSubject.assertThat(compile(file)).hadErrorContaining("[RW209] @InvalidateCache on Users.clear() is "
                + "static").inFile(file).onLineContaining("@InvalidateCache");
    }

    @Test
    void rw210_finalMethod_isAWarning() {
        JavaFileObject file = users(
                "    @Cached(key = \"user:{id}\")",
                "    public final String find(String id) { return id; }");
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("[RW210] @Cached on Users.find(String) is final")
                .inFile(file).onLineContaining("@Cached");
    }

    @Test
    void rw211_invalidationMatchingNoCachedKey_isAWarningOnThePattern() {
        JavaFileObject file = users(
                "    @Cached(key = \"user:{id}:profile\") public String find(String id) { return id; }",
                "    @InvalidateCache(pattern = \"user:{id}:settings\")",
                "    @InvalidateCache(pattern = \"user:{id}:*\")",
                "    public void update(String id) { }");
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningCount(1);
        CompilationSubject.assertThat(compilation).hadWarningContaining("[RW211] @InvalidateCache(pattern = "
                + "\"user:{id}:settings\") on Users.update(String) can match no @Cached key template of this "
                + "compilation (its keys: \"user:{id}:profile\")").inFile(file).onLineContaining(":settings");
    }

    @Test
    void rw212_typeLevelSessionScope_thatNoMethodCanResolve_isAnErrorOnTheId() {
        JavaFileObject file = source("shop.Cart",
                "package shop;",
                "import io.redweave.annotation.*;",
                "@SessionScoped(",
                "        id = \"{sessionId}\")",
                "public class Cart {",
                "    public String items(String session) { return session; }",
                "    public String total(String session, long cents) { return session; }",
                "    @SessionScoped(id = \"{0}\") public String mine(String session) { return session; }",
                "    public String sessionId() { return null; }",
                "    @Override public String toString() { return \"Cart\"; }",
                "    String internal(String sessionId) { return null; }",
                "    public static String create(String sessionId) { return null; }",
                "}");
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining("[RW212] @SessionScoped(id = \"{sessionId}\") on "
                + "Cart applies to no method: none of its public instance methods can resolve the session id "
                + "(items(String): The placeholder {sessionId} names no parameter: the parameters are session [RW108]; "
                + "total(String, long): ").inFile(file).onLineContaining("id = \"{sessionId}\"");
    }

    @Test
    void typeLevelSessionScope_skipsMethodsThatCannotResolveTheId_asTheRuntimeDoes() {
        JavaFileObject file = source("shop.Cart",
                "package shop;",
                "import io.redweave.annotation.*;",
                "@SessionScoped(id = \"{sessionId}\")",
                "public class Cart {",
                "    public String items(String sessionId) { return sessionId; }",
                "    public int size() { return 0; }",
                "}");
        CompilationSubject.assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void rw213_defaultCachedKeyWithAnArrayArgument_isAWarning() {
        JavaFileObject file = users(
                "    @Cached(ttl = 60)",
                "    public String find(int[] ids) { return null; }");
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("[RW213] @Cached without a key on "
                + "Users.find(int[]) renders every argument into the key, but parameter 'ids' (int[]) is an array")
                .inFile(file).onLineContaining("@Cached(ttl = 60)");
    }

    @Test
    void rw299_aFailureOfTheProcessor_isANote_andNeverBreaksJavac() {
        JavaFileObject file = users(
                "    @Cached(key = \"user:{id}\")",
                "    public String find(String id) { return id; }");
        RedWeaveProcessor failing = new RedWeaveProcessor() {
            @Override
            List<KeyEntry> checkElement(ExecutableElement method) {
                throw new IllegalStateException("boom");
            }
        };
        Compilation compilation = Compiler.javac().withProcessors(failing).compile(file);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadNoteContaining("[RW299] The RedWeave processor failed while "
                + "checking find(java.lang.String), which was not checked: java.lang.IllegalStateException: boom")
                .inFile(file).onLineContaining("public String find");
    }

    @Test
    void warnings_canBeSuppressedById_errorsCannot() {
        JavaFileObject file = users(
                "    @SuppressWarnings(\"RW210\")",
                "    @Cached(key = \"user:{id}\")",
                "    public final String find(String id) { return id; }");
        CompilationSubject.assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void annotationOnAConstructor_isRejectedByJavacItself_asTheAnnotationsTargetOnlyMethods() {
        JavaFileObject file = users(
                "    @Cached(key = \"x\")",
                "    public Users() { }");
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).hadErrorContaining("annotation type not applicable").inFile(file)
                .onLineContaining("@Cached");
    }

    @Test
    void everyDiagnosticId_hasItsNegativeTest() {
        List<String> tests = java.util.stream.Stream.of(ProcessorDiagnosticsTest.class.getDeclaredMethods())
                .map(method -> method.getName()).toList();
        for (DiagnosticId id : DiagnosticId.values()) {
            assertThat(tests).as("a test for %s", id).anyMatch(name -> name.startsWith(id.code().toLowerCase() + "_"));
        }
        assertThat(DiagnosticId.values()).extracting(DiagnosticId::kind)
                .contains(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING, Diagnostic.Kind.NOTE);
    }
}
