package io.redweave.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** A {@code redis-server} executable on this machine, and the provider it came from. */
record LocalBinary(Path path, Provider provider) {

    /** The first {@code redis-server} on the {@code PATH}, if any. */
    static Optional<LocalBinary> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        String name = windows ? "redis-server.exe" : "redis-server";
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new LocalBinary(candidate, Provider.PATH));
                }
            } catch (InvalidPathException e) {
                // not a directory name; skip it like a shell would
            }
        }
        return Optional.empty();
    }

    /** The binary shipped in the {@code embedded-redis} jar, extracted to the cache folder of {@code settings}. */
    static LocalBinary embedded(Settings settings) {
        return new LocalBinary(EmbeddedBinary.extracted(settings.binDir()), Provider.EMBEDDED);
    }
}
