package com.evently.ticketing.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The problem types a service answers with: the platform's shared ones ({@link PlatformProblem}) and the constants
 * of the service's own catalogue classes (e.g. {@code BookingProblem}). A service declares it as a bean, and its
 * OpenAPI document lists each type as an example of the response with that status.
 */
public record ProblemCatalogue(List<ProblemType> types) {

    public ProblemCatalogue {
        types = List.copyOf(types);
    }

    /** The platform's problem types followed by the {@code public static final ProblemType} constants of each class. */
    public static ProblemCatalogue of(Class<?>... catalogues) {
        return new ProblemCatalogue(Stream.concat(Stream.of(PlatformProblem.class), Arrays.stream(catalogues))
                .flatMap(catalogue -> Arrays.stream(catalogue.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ProblemType.class)
                .map(ProblemCatalogue::constant)
                .distinct()
                .toList());
    }

    private static ProblemType constant(Field field) {
        try {
            return (ProblemType) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the problem type " + field, e);
        }
    }
}
