package io.redweave.processor;

import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import io.redweave.template.ProblemId;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One negative test per template problem ID (RW101–RW112), the IDs the processor shares with the runtime: each shows
 * the error on the file and line of the offending template value. RW110 is the runtime's only: the processor always
 * knows the parameter names.
 */
class TemplateDiagnosticsTest {

    private static JavaFileObject service(String annotationLine, String methodLine) {
        return source("shop.Users",
                "package shop;",
                "import io.redweave.annotation.*;",
                "public class Users {",
                "    " + annotationLine,
                "    " + methodLine,
                "}");
    }

    private static void assertError(String code, String annotationLine, String methodLine, String message) {
        JavaFileObject file = service(annotationLine, methodLine);
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).failed();
        CompilationSubject.assertThat(compilation).hadErrorContaining("[" + code + "] ").inFile(file)
                .onLineContaining(annotationLine);
        CompilationSubject.assertThat(compilation).hadErrorContaining(message);
    }

    @Test
    void rw101_emptyKey_isAnErrorOnTheKey() {
        assertError("RW101", "@SessionScoped(id = \"  \")", "public String cart(String sessionId) { return null; }",
                "@SessionScoped id: The template \"  \" is empty or blank");
    }

    @Test
    void rw102_unclosedPlaceholder_isAnErrorOnTheKey() {
        assertError("RW102", "@Cached(key = \"user:{id\")", "public String find(String id) { return id; }",
                "@Cached key: The '{' in \"user:{id\" opens a placeholder that is never closed");
    }

    @Test
    void rw103_strayClosingBrace_isAnErrorOnTheKey() {
        assertError("RW103", "@RateLimited(key = \"api:id}\", limit = 5, window = 1)",
                "public String call(String id) { return id; }", "@RateLimited key: The '}' in \"api:id}\"");
    }

    @Test
    void rw104_emptyPlaceholder_isAnErrorOnThePattern() {
        assertError("RW104", "@InvalidateCache(pattern = \"user:{}\")", "public void update(String id) { }",
                "@InvalidateCache pattern: The placeholder '{}' names nothing");
    }

    @Test
    void rw105_malformedPlaceholder_isAnErrorOnTheKey() {
        assertError("RW105", "@Cached(key = \"user:{user..id}\")", "public String find(String user) { return user; }",
                "The placeholder {user..id}");
    }

    @Test
    void rw106_globInAKey_isAnErrorOnTheKey() {
        assertError("RW106", "@Cached(key = \"user:*:{id}\")", "public String find(String id) { return id; }",
                "The key template's literal text has the glob character '*'");
    }

    @Test
    void rw107_invisibleCharacter_isAnErrorOnTheKey() {
        assertError("RW107", "@Cached(key = \"user:\\t{id}\")", "public String find(String id) { return id; }",
                "The literal text has the invisible character");
    }

    @Test
    void rw108_unknownParameter_isAnErrorOnTheKey_withTheClosestName() {
        JavaFileObject file = service("@Cached(key = \"user:{usrId}\")", "public String find(String userId) { return userId; }");
        Compilation compilation = compile(file);
        CompilationSubject.assertThat(compilation).hadErrorContaining(
                "[RW108] @Cached key: The placeholder {usrId} names no parameter: the parameters are userId")
                .inFile(file).onLineContaining("usrId");
        CompilationSubject.assertThat(compilation).hadErrorContaining("[RW108]").inFile(file).onLine(4).atColumn(19);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Fix: Did you mean {userId}?");
        CompilationSubject.assertThat(compilation).hadErrorContaining("      user:{usrId}\n           ^^^^^^^");
    }

    @Test
    void rw109_positionOutOfRange_isAnErrorOnTheKey() {
        assertError("RW109", "@Cached(key = \"user:{0}:{1}\")", "public String find(String id) { return id; }",
                "The placeholder {1} refers to parameter 1, but the method has 1 parameter");
    }

    @Test
    void rw110_isNeverReported_becauseTheProcessorReadsNamesFromTheSource() {
        JavaFileObject file = service("@Cached(key = \"user:{id}\")", "public String find(String id) { return id; }");

        Compilation compilation = compile(file); // no -parameters

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rw111_unknownProperty_isAnErrorOnTheKey_namingTheType() {
        assertError("RW111", "@Cached(key = \"user:{user.mail}\")",
                "public String find(User user) { return null; } public record User(String id, String email) { }",
                "@Cached key: The placeholder {user.mail} reads property 'mail', but shop.Users$User has no getMail(), "
                        + "isMail(), record component mail() or public field mail");
    }

    @Test
    void rw112_unstableType_isAnErrorOnThePattern() {
        assertError("RW112", "@InvalidateCache(pattern = \"users:{ids}\")",
                "public void update(java.util.List<String> ids) { }",
                "@InvalidateCache pattern: The placeholder {ids} renders a java.util.List, which is a collection or map");
    }

    @Test
    void everyProblemId_hasItsTest() {
        List<String> tests = Stream.of(TemplateDiagnosticsTest.class.getDeclaredMethods()).map(m -> m.getName()).toList();
        for (ProblemId id : ProblemId.values()) {
            assertThat(tests).as("a test for %s", id).anyMatch(name -> name.startsWith(id.code().toLowerCase() + "_"));
        }
    }
}
