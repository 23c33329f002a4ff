package se.delbart.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Files a publiccode.yml names by relative path (logo, screenshots, authors file). A single uploaded file has none
 * ({@link #NONE}: such paths are checked for syntax only); a zip upload or a folder has them.
 */
public interface Assets {

    Assets NONE = new Assets() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<byte[]> read(String relativePath) {
            return Optional.empty();
        }
    };

    /** Whether relative paths can be checked at all. */
    boolean available();

    /** The file's content, empty when there is no such file. */
    Optional<byte[]> read(String relativePath);

    /** Files next to a publiccode.yml on disk (tests, command-line use); never escapes {@code directory}. */
    static Assets inDirectory(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        return new Assets() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public Optional<byte[]> read(String relativePath) {
                Path file = root.resolve(relativePath).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Files from an archive, keyed by their normalised path relative to the publiccode.yml. */
    static Assets of(Map<String, byte[]> files) {
        return new Assets() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public Optional<byte[]> read(String relativePath) {
                return Optional.ofNullable(files.get(Path.of(relativePath).normalize().toString().replace('\\', '/')));
            }
        };
    }
}
