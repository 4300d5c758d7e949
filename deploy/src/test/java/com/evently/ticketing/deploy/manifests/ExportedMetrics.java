package com.evently.ticketing.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus metric names the suite exports: the meters its code builds, named the way Micrometer's Prometheus
 * registry names them (dots become underscores, the base unit is appended, counters end in {@code _total}, timers
 * become {@code _seconds_count/_sum/_max/_bucket}), plus the families Spring Boot and the libraries register.
 */
final class ExportedMetrics {

    /** Registered by Spring Boot, Micrometer's binders, HikariCP, Resilience4j and the Kafka client. */
    private static final List<String> STANDARD_FAMILIES = List.of(
            "http_server_requests_seconds", "jvm_", "hikaricp_", "resilience4j_", "kafka_consumer_", "process_",
            "system_");

    private static final Pattern METER_BUILDER = Pattern.compile(
            "\\b(Counter|FunctionCounter|Gauge|TimeGauge|Timer|FunctionTimer|LongTaskTimer|DistributionSummary)"
                    + "\\.builder\\(\\s*(\"[^\"]+\"|[A-Z][A-Z0-9_]*)");
    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"\\s*;");
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Set<String> NOT_SOURCES = Set.of("target", ".git", ".local", "node_modules");

    private final Set<String> fromCode;

    private ExportedMetrics(Set<String> fromCode) {
        this.fromCode = fromCode;
    }

    /** Scans every {@code src/main/java} of the repository. */
    static ExportedMetrics of(Path repositoryRoot) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repositoryRoot)) {
            files.filter(ExportedMetrics::isMainJavaSource).forEach(source -> names.addAll(metersBuiltIn(source)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportedMetrics(names);
    }

    Set<String> fromCode() {
        return fromCode;
    }

    /**
     * Series the suite does not export but its alerts may read: Prometheus's own {@code up} per target, and the
     * containers' restarts and terminations from kube-state-metrics (part of kube-prometheus-stack).
     */
    private static final List<String> SCRAPED_ELSEWHERE = List.of("up", "kube_pod_container_status_restarts_total",
            "kube_pod_container_status_last_terminated_reason");

    boolean exports(String metric) {
        return fromCode.contains(metric) || STANDARD_FAMILIES.stream().anyMatch(metric::startsWith);
    }

    /** Exported by the suite, or scraped by the same Prometheus from elsewhere. */
    boolean scrapeable(String metric) {
        return exports(metric) || SCRAPED_ELSEWHERE.contains(metric);
    }

    private static boolean isMainJavaSource(Path file) {
        String path = file.toString().replace('\\', '/');
        boolean generatedOrForeign = false;
        for (Path part : file) {
            generatedOrForeign |= NOT_SOURCES.contains(part.toString());
        }
        return !generatedOrForeign && path.endsWith(".java") && path.contains("/src/main/java/");
    }

    private static Set<String> metersBuiltIn(Path source) {
        String code = read(source);
        Map<String, String> constants = new HashMap<>();
        Matcher constant = STRING_CONSTANT.matcher(code);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Set<String> names = new TreeSet<>();
        Matcher builder = METER_BUILDER.matcher(code);
        while (builder.find()) {
            String argument = builder.group(2);
            String name = argument.startsWith("\"") ? argument.substring(1, argument.length() - 1) : constants.get(argument);
            if (name == null) {
                throw new IllegalStateException(source + ": meter name " + argument + " is not a constant of that file");
            }
            int statementEnd = code.indexOf(';', builder.end());
            Matcher unit = BASE_UNIT.matcher(code.substring(builder.end(), statementEnd < 0 ? code.length() : statementEnd));
            names.addAll(prometheusNames(builder.group(1), name, unit.find() ? unit.group(1) : null));
        }
        return names;
    }

    private static Set<String> prometheusNames(String meterType, String meterName, String baseUnit) {
        String base = meterName.replaceAll("[^a-zA-Z0-9_:]", "_");
        if (baseUnit != null && !base.endsWith("_" + baseUnit)) {
            base += "_" + baseUnit;
        }
        String seconds = base.endsWith("_seconds") ? base : base + "_seconds";
        return switch (meterType) {
            case "Counter", "FunctionCounter" -> Set.of(base + "_total");
            case "Gauge" -> Set.of(base);
            case "TimeGauge" -> Set.of(seconds);
            case "Timer" -> Set.of(seconds + "_count", seconds + "_sum", seconds + "_max", seconds + "_bucket");
            case "FunctionTimer" -> Set.of(seconds + "_count", seconds + "_sum");
            case "LongTaskTimer" -> Set.of(seconds + "_active_count", seconds + "_duration_sum", seconds + "_max");
            case "DistributionSummary" -> Set.of(base + "_count", base + "_sum", base + "_max", base + "_bucket");
            default -> throw new IllegalArgumentException(meterType);
        };
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
