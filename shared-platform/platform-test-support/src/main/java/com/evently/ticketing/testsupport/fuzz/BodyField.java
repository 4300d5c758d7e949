package com.evently.ticketing.testsupport.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of a request body and values it must never be accepted with. Only values that the API refuses by its
 * contract belong here: anything a lenient parser accepts on purpose (a number where text is expected, an unknown
 * extra field) is not invalid input.
 *
 * @param pointer       where the field is, as a JSON pointer ({@code /sessions/0/name})
 * @param mustBePresent whether leaving it out, or sending {@code null}, must be refused
 * @param invalidValues what else it must be refused with; {@code null} when only its absence is wrong
 */
public record BodyField(String pointer, boolean mustBePresent, Arbitrary<JsonNode> invalidValues) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public BodyField {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
    }

    public static BodyField of(String pointer, boolean mustBePresent, Arbitrary<JsonNode> invalidValues) {
        return new BodyField(pointer, mustBePresent, invalidValues);
    }

    /** Text that must be there and not blank, of at most {@code maxLength} UTF-16 units. */
    public static BodyField requiredText(String pointer, int maxLength) {
        return new BodyField(pointer, true, Arbitraries.oneOf(blank(), longerThan(maxLength), notAScalar()));
    }

    /** Text that may be left out (or blank), but not be longer than {@code maxLength} UTF-16 units. */
    public static BodyField optionalText(String pointer, int maxLength) {
        return new BodyField(pointer, false, Arbitraries.oneOf(longerThan(maxLength), notAScalar()));
    }

    /** Text that may be left out, but when sent is not blank and at most {@code maxLength} UTF-16 units. */
    public static BodyField optionalNonBlankText(String pointer, int maxLength) {
        return new BodyField(pointer, false, Arbitraries.oneOf(blank(), longerThan(maxLength), notAScalar()));
    }

    /** Text of {@code minLength} to {@code maxLength} characters (a password: its policy's bounds). */
    public static BodyField requiredTextOfLength(String pointer, int minLength, int maxLength) {
        Arbitrary<JsonNode> tooShort = Arbitraries.strings().alpha().numeric().withChars(' ')
                .ofMinLength(0).ofMaxLength(minLength - 1).map(NODES::stringNode);
        return new BodyField(pointer, true, Arbitraries.oneOf(tooShort, longerThan(maxLength), notAScalar()));
    }

    /**
     * A JSON array; refused when it is not an array, when it is empty and must not be, and when it holds one of
     * {@code invalidElements} (next to nothing else).
     */
    public static BodyField list(String pointer, boolean mustBePresent, boolean mayBeEmpty,
                                 Arbitrary<JsonNode> invalidElements) {
        List<Arbitrary<JsonNode>> invalid = new ArrayList<>();
        invalid.add(Arbitraries.of(NODES.stringNode("x"), NODES.objectNode(), NODES.numberNode(1)));
        if (!mayBeEmpty) {
            invalid.add(Arbitraries.just(NODES.arrayNode()));
        }
        invalid.add(invalidElements.map(element -> NODES.arrayNode().add(element)));
        return new BodyField(pointer, mustBePresent, Arbitraries.oneOf(invalid));
    }

    /** Words that are no enumeration's names, nor anything else's: {@code NO_SUCH_…}. */
    public static Arbitrary<JsonNode> unknownNames() {
        return unknownName();
    }

    /** {@code null}, an object and an array: never a valid element of a list of scalars. */
    public static Arbitrary<JsonNode> nullOrContainer() {
        return Arbitraries.oneOf(Arbitraries.just(NODES.nullNode()), notAScalar());
    }

    /** Text that must be there, may be anything non-empty, but only text ({@code @NotEmpty}, no length limit). */
    public static BodyField requiredAnyText(String pointer) {
        return new BodyField(pointer, true, Arbitraries.oneOf(Arbitraries.just(NODES.stringNode("")), notAScalar()));
    }

    public static BodyField requiredEmail(String pointer, int maxLength) {
        return new BodyField(pointer, true, Arbitraries.oneOf(blank(), notAnEmail(), longEmail(maxLength), notAScalar()));
    }

    public static BodyField optionalEmail(String pointer, int maxLength) {
        return new BodyField(pointer, false, Arbitraries.oneOf(notAnEmail(), longEmail(maxLength), notAScalar()));
    }

    /** A UUID that must be there; {@code ""} is refused too (the parser reads it as {@code null}). */
    public static BodyField requiredUuid(String pointer) {
        return new BodyField(pointer, true, Arbitraries.oneOf(notAUuid(), Arbitraries.just(NODES.stringNode(""))));
    }

    /** A UUID that may be left out; {@code ""} counts as left out (the parser reads it as {@code null}). */
    public static BodyField optionalUuid(String pointer) {
        return new BodyField(pointer, false, notAUuid());
    }

    /** A whole number in {@code [min, max]}; {@code max} {@link Integer#MAX_VALUE} means "any int above min". */
    public static BodyField requiredInteger(String pointer, int min, int max) {
        return new BodyField(pointer, true, outsideOf(min, max));
    }

    public static BodyField optionalInteger(String pointer, int min, int max) {
        return new BodyField(pointer, false, outsideOf(min, max));
    }

    /** One of an enumeration's names, matched exactly. */
    public static BodyField requiredEnum(String pointer) {
        return new BodyField(pointer, true, Arbitraries.oneOf(unknownName(), notAScalar()));
    }

    public static BodyField requiredBoolean(String pointer) {
        return new BodyField(pointer, true, notABoolean());
    }

    public static BodyField optionalBoolean(String pointer) {
        return new BodyField(pointer, false, notABoolean());
    }

    /** An ISO-8601 date-time with offset. */
    public static BodyField requiredTimestamp(String pointer) {
        return new BodyField(pointer, true, Arbitraries.oneOf(Arbitraries.just(NODES.stringNode("")), notATimestamp()));
    }

    public static BodyField optionalTimestamp(String pointer) {
        return new BodyField(pointer, false, notATimestamp());
    }

    /** A JSON object that must be there. */
    public static BodyField requiredObject(String pointer) {
        return new BodyField(pointer, true, Arbitraries.of(NODES.stringNode("x"), NODES.arrayNode(), NODES.numberNode(7)));
    }

    static Arbitrary<JsonNode> blank() {
        return Arbitraries.strings().withChars(" \t\r\n").ofMinLength(0).ofMaxLength(6).map(NODES::stringNode);
    }

    static Arbitrary<JsonNode> longerThan(int maxLength) {
        // not blank at either end: a service that strips before it counts must still find it too long
        return Arbitraries.strings().alpha().numeric().withChars(' ', 'é', '€')
                .ofMinLength(maxLength - 1).ofMaxLength(maxLength + 300).map(text -> NODES.stringNode("a" + text + "z"));
    }

    /** Containers where a scalar is expected: no parser coerces these. */
    static Arbitrary<JsonNode> notAScalar() {
        return Arbitraries.of(NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add("x"),
                NODES.objectNode().put("value", "x"));
    }

    static Arbitrary<JsonNode> notAnEmail() {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
        return Arbitraries.oneOf(
                word,
                word.map(w -> w + "@"),
                word.map(w -> "@" + w + ".example"),
                word.map(w -> w + "@" + w + "@example.org"),
                word.map(w -> w + " " + w + "@example.org")
        ).map(NODES::stringNode);
    }

    static Arbitrary<JsonNode> longEmail(int maxLength) {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(maxLength).ofMaxLength(maxLength + 100)
                .map(local -> NODES.stringNode(local + "@example.org"));
    }

    static Arbitrary<JsonNode> notAUuid() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(40).map(text -> "not-a-uuid-" + text)
                        .map(NODES::stringNode),
                Arbitraries.just(NODES.stringNode("00000000-0000-0000-0000-00000000000g")),
                Arbitraries.integers().map(NODES::numberNode),
                notAScalar());
    }

    static Arbitrary<JsonNode> outsideOf(int min, int max) {
        List<Arbitrary<JsonNode>> outside = new ArrayList<>();
        if (min > Integer.MIN_VALUE) {
            outside.add(Arbitraries.integers().between(Integer.MIN_VALUE, min - 1).map(NODES::numberNode));
        }
        if (max < Integer.MAX_VALUE) {
            outside.add(Arbitraries.integers().between(max + 1, Integer.MAX_VALUE).map(NODES::numberNode));
        }
        // past any int: the parser refuses them rather than wrapping around
        outside.add(Arbitraries.bigIntegers()
                .between(BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE), BigInteger.TEN.pow(30))
                .map(NODES::numberNode));
        outside.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(NODES::stringNode));
        outside.add(notAScalar());
        return Arbitraries.oneOf(outside);
    }

    static Arbitrary<JsonNode> unknownName() {
        return Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(20)
                .map(text -> NODES.stringNode("NO_SUCH_" + text));
    }

    static Arbitrary<JsonNode> notABoolean() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(text -> NODES.stringNode("not-" + text)),
                notAScalar());
    }

    static Arbitrary<JsonNode> notATimestamp() {
        Arbitrary<JsonNode> nonsense = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(text -> "not-a-time-" + text),
                Arbitraries.of("2027-13-01T10:00:00Z", "2027-02-30T10:00:00Z", "2027-03-01T25:00:00Z",
                        "2027-03-01 10:00", "yesterday")
        ).map(NODES::stringNode);
        return Arbitraries.oneOf(nonsense, notAScalar());
    }
}
