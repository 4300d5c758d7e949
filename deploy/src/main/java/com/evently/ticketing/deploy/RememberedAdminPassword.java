package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * identity-service creates the administrator only on its first start against an empty database. With the
 * database kept between runs, a password generated anew each run would be wrong from the second run on, so
 * the first generated one is kept in a file beside the data (owner-readable only) and reused.
 */
final class RememberedAdminPassword {

    private RememberedAdminPassword() {
    }

    /** BOOTSTRAP_ADMIN_PASSWORD wins; otherwise the remembered password; otherwise a new one, remembered. */
    static AdminAccount resolve(Map<String, String> environment, Path passwordFile) {
        AdminAccount fromEnvironment = AdminAccount.fromEnvironment(environment);
        if (!fromEnvironment.passwordGenerated()) {
            return fromEnvironment;
        }
        try {
            if (Files.isRegularFile(passwordFile)) {
                String remembered = Files.readString(passwordFile).strip();
                if (!remembered.isEmpty()) {
                    return new AdminAccount(fromEnvironment.email(), remembered, true);
                }
            }
            remember(passwordFile, fromEnvironment.password());
            return fromEnvironment;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + passwordFile, e);
        }
    }

    private static void remember(Path passwordFile, String password) throws IOException {
        Files.createDirectories(passwordFile.getParent());
        Files.writeString(passwordFile, password + System.lineSeparator());
        if (passwordFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
