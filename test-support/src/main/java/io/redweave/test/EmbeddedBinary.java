package io.redweave.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code redis-server} binary shipped as a resource of the {@code com.github.codemonstur:embedded-redis} jar,
 * extracted to a cache folder once per JVM.
 *
 * <p>Implementation notes: the cached copy lives in a folder named after the SHA-256 of the resource and is used
 * only if its own SHA-256 matches, so a stale, truncated or tampered copy is replaced. A new copy is written to a
 * temporary file and moved into place atomically, so JVMs extracting at the same time never run a partial file.
 */
final class EmbeddedBinary {

    private static final Map<Path, Path> EXTRACTED = new ConcurrentHashMap<>();

    private EmbeddedBinary() {
    }

    /** The extracted, executable binary for this machine under {@code binDir}. */
    static Path extracted(Path binDir) {
        String resource = resourceFor(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        return EXTRACTED.computeIfAbsent(binDir, dir -> extract(resource, dir));
    }

    /** The name of the jar resource that runs on the given {@code os.name} and {@code os.arch}. */
    static String resourceFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        boolean x86 = arch.equals("x86") || arch.equals("i386") || arch.equals("i486") || arch.equals("i586")
                || arch.equals("i686");
        if (os.contains("linux")) {
            if (x64) {
                return "redis-server-6.2.6-v5-linux-amd64";
            }
            if (arm64) {
                return "redis-server-6.2.7-linux-arm64";
            }
            if (x86) {
                return "redis-server-6.2.7-linux-386";
            }
        } else if (os.contains("mac") || os.contains("darwin")) {
            if (x64) {
                return "redis-server-6.2.6-v5-darwin-amd64";
            }
            if (arm64) {
                return "redis-server-6.2.6-v5-darwin-arm64";
            }
        } else if (os.contains("windows") && (x64 || x86)) {
            return "redis-server-5.0.14.1-windows-amd64.exe";
        }
        throw new RedisTestException("embedded-redis ships no redis-server for os.name='" + osName + "', os.arch='"
                + osArch + "'; put a redis-server on the PATH or set REDIS_URL");
    }

    /** Extracts {@code resource} under {@code binDir}, or reuses a checksum-matched copy there. */
    static Path extract(String resource, Path binDir) {
        byte[] content = read(resource);
        String sha256 = sha256(content);
        Path target = binDir.resolve(sha256.substring(0, 16)).resolve(resource);
        try {
            if (Files.isRegularFile(target) && sha256(Files.readAllBytes(target)).equals(sha256)) {
                makeExecutable(target);
                return target;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), resource, ".tmp");
            try {
                Files.write(temp, content);
                makeExecutable(temp);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + resource + " to " + target, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedBinary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RedisTestException("resource " + resource + " is not on the classpath; add"
                        + " com.github.codemonstur:embedded-redis:1.4.3, put a redis-server on the PATH"
                        + " or set REDIS_URL");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        } else if (!file.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + file + " executable");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
