package com.evently.ticketing.deploy.manifests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The checked-out files under test, read as trees. Surefire runs in the deploy module, one level below the root. */
final class RepositoryFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RepositoryFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("ticketing.repositoryRoot", "..")).toAbsolutePath().normalize();
    }

    static Path deploy(String relativePath) {
        return root().resolve("deploy").resolve(relativePath);
    }

    /** Every document of a (multi-document) YAML file; comments-only documents are skipped. */
    static List<JsonNode> yamlDocuments(Path file) {
        try (Reader reader = Files.newBufferedReader(file);
             MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(reader)) {
            List<JsonNode> read = new ArrayList<>();
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document != null && document.isObject()) {
                    read.add(document);
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static JsonNode yaml(Path file) {
        List<JsonNode> documents = yamlDocuments(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " holds " + documents.size() + " documents, expected one");
        }
        return documents.getFirst();
    }

    static JsonNode json(Path file) {
        return JSON.readTree(file);
    }

    static JsonNode jsonText(String json) {
        return JSON.readTree(json);
    }

    static List<Path> filesEndingWith(Path directory, String... suffixes) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(suffixes).anyMatch(file.getFileName().toString()::endsWith))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(directory.toString(), e);
        }
    }
}
