package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbeddedBinaryTest {

    private static final String LINUX_X64 = "redis-server-6.2.6-v5-linux-amd64";

    @TempDir
    Path binDir;

    @ParameterizedTest
    @CsvSource({
        "Linux, amd64, redis-server-6.2.6-v5-linux-amd64",
        "Linux, x86_64, redis-server-6.2.6-v5-linux-amd64",
        "Linux, aarch64, redis-server-6.2.7-linux-arm64",
        "Linux, i386, redis-server-6.2.7-linux-386",
        "Mac OS X, x86_64, redis-server-6.2.6-v5-darwin-amd64",
        "Mac OS X, aarch64, redis-server-6.2.6-v5-darwin-arm64",
        "Windows 11, amd64, redis-server-5.0.14.1-windows-amd64.exe"})
    void resourceFor_picksTheBinaryOfTheOsAndArch(String os, String arch, String resource) {
        assertThat(EmbeddedBinary.resourceFor(os, arch)).isEqualTo(resource);
        assertThat(getClass().getClassLoader().getResource(resource)).as("shipped in the jar").isNotNull();
    }

    @Test
    void resourceFor_unsupportedPlatform_namesTheAlternatives() {
        assertThatThrownBy(() -> EmbeddedBinary.resourceFor("SunOS", "sparcv9"))
                .isInstanceOf(RedisTestException.class)
                .hasMessageContaining("os.name='SunOS'")
                .hasMessageContaining("PATH")
                .hasMessageContaining("REDIS_URL");
    }

    @Test
    void extract_writesAnExecutableCopy_andReusesIt() throws Exception {
        Path first = EmbeddedBinary.extract(LINUX_X64, binDir);
        FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first, written);

        Path second = EmbeddedBinary.extract(LINUX_X64, binDir);

        assertThat(second).isEqualTo(first);
        assertThat(Files.isExecutable(second)).isTrue();
        assertThat(Files.getLastModifiedTime(second)).as("not rewritten").isEqualTo(written);
        assertThat(first.getFileName().toString()).isEqualTo(LINUX_X64);
    }

    @Test
    void extract_replacesACopyWhoseChecksumDiffers() throws Exception {
        Path copy = EmbeddedBinary.extract(LINUX_X64, binDir);
        String sha256 = EmbeddedBinary.sha256(Files.readAllBytes(copy));
        Files.write(copy, new byte[] {1, 2, 3});

        Path again = EmbeddedBinary.extract(LINUX_X64, binDir);

        assertThat(again).isEqualTo(copy);
        assertThat(EmbeddedBinary.sha256(Files.readAllBytes(again))).isEqualTo(sha256);
        try (var leftovers = Files.list(again.getParent())) {
            assertThat(leftovers).containsExactly(again);
        }
    }
}
