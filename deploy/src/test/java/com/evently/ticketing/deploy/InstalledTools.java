package com.evently.ticketing.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Programs some tests drive that a JDK does not bring (prometheus, chromium and its driver): found on the PATH, or the
 * test is skipped with an assumption naming what to install, so that {@code ./run-tests} passes with only a JDK.
 * {@code .ci/run} installs them.
 */
public final class InstalledTools {

    /** The executable of that name in the first PATH directory holding one. */
    public static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private InstalledTools() {
    }
}
