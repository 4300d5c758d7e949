package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A generated secret that must outlive one run because the kept data depends on it (the admin's password, the
 * key identity's signing keys are encrypted with): kept in a file beside the data, readable by its owner only.
 */
final class RememberedSecret {

    private RememberedSecret() {
    }

    /** The secret in {@code file}; when there is none yet, a new one from {@code generate}, remembered there. */
    static String readOrCreate(Path file, Supplier<String> generate) {
        try {
            if (Files.isRegularFile(file)) {
                String remembered = Files.readString(file).strip();
                if (!remembered.isEmpty()) {
                    return remembered;
                }
            }
            String secret = generate.get();
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret + System.lineSeparator());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }
}
