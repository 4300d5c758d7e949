package com.evently.ticketing.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line that says what the figures were measured on, for the report. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        String model = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(total -> Math.round(Long.parseLong(total.replace("kB", "").strip()) / 1024.0 / 1024.0) + " GB RAM")
                .orElse("unknown RAM");
        String note = System.getProperty("load.machineNote", "shared with other work");
        return "%d cores (%s), %s, %s".formatted(cores, model, memory, note);
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
