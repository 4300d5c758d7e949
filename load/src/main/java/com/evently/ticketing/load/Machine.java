package com.evently.ticketing.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        String note = System.getProperty("load.machineNote",
                System.getenv().getOrDefault("LOAD_MACHINE_NOTE", "shared with other work"));
        // Other work on a shared machine shows here: the figures mean little when the load is far above the cores.
        String load = loadAverage().map(average -> ", load average " + average + " (1 min) at the end").orElse("");
        return "%d cores (%s), %s, %s%s".formatted(cores, model, memory, note, load);
    }

    private static Optional<String> loadAverage() {
        try {
            return Optional.of(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
