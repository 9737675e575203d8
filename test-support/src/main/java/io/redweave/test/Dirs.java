package io.redweave.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creation and deletion of server working directories. */
final class Dirs {

    private static final Logger LOG = LoggerFactory.getLogger(Dirs.class);

    private Dirs() {
    }

    /** Creates a new, empty directory under {@code parent}, named after {@code prefix}. */
    static Path create(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory under " + parent, e);
        }
    }

    /** Deletes a directory and everything in it; logs what cannot be deleted. */
    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", path, e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("cannot delete {}", dir, e);
        }
    }
}
