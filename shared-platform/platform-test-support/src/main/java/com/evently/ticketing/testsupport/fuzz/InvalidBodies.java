package com.evently.ticketing.testsupport.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns one valid JSON request body into bodies a service must refuse: malformed JSON, another JSON type than an
 * object, a wrong content type, a body past the size limit, bytes that are not UTF-8, and for each described
 * {@link BodyField} its absence, {@code null} or a value it must not have. Every sample breaks one thing only, so a
 * falsified sample names the check that is missing.
 *
 * <pre>{@code
 * InvalidBodies.of("""
 *         {"email":"ann@example.org","name":"Ann"}""")
 *     .with(BodyField.requiredEmail("/email", 254), BodyField.requiredText("/name", 200))
 *     .arbitrary();
 * }</pre>
 */
public final class InvalidBodies {

    /** The platform's default {@code ticketing.web.max-request-body}. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = "ZZBADUTF8ZZ";
    private static final List<byte[]> NOT_UTF8 = List.of(
            new byte[]{(byte) 0xFF},
            new byte[]{(byte) 0xFE, (byte) 0xFF},
            new byte[]{(byte) 0x80},
            new byte[]{(byte) 0xC3, 0x28},
            new byte[]{(byte) 0xE2, 0x28, (byte) 0xA1},
            new byte[]{(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
            new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    private static final List<String> NOT_JSON_TYPES = List.of(
            "text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded",
            "application/octet-stream");

    private final ObjectNode valid;
    private final String validText;
    private final List<BodyField> fields = new ArrayList<>();
    private boolean bodyIsOptional;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private InvalidBodies(ObjectNode valid) {
        this.valid = valid;
        this.validText = JSON.writeValueAsString(valid);
    }

    /** Starts from a body the endpoint accepts. */
    public static InvalidBodies of(String validJson) {
        JsonNode parsed = JSON.readTree(validJson);
        if (!(parsed instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a request body here is a JSON object: " + validJson);
        }
        return new InvalidBodies(object);
    }

    /** Fields whose absence or values are checked besides the body as a whole. */
    public InvalidBodies with(BodyField... described) {
        for (BodyField field : described) {
            if (!(valid.at(JsonPointer.compile(field.pointer()).head()).isContainer())) {
                throw new IllegalArgumentException("the valid body has nothing that holds " + field.pointer());
            }
            fields.add(field);
        }
        return this;
    }

    /**
     * The endpoint takes no body as well ({@code @RequestBody(required = false)}): an empty body and JSON
     * {@code null} are then valid and not generated.
     */
    public InvalidBodies bodyIsOptional() {
        bodyIsOptional = true;
        return this;
    }

    /** The service's {@code ticketing.web.max-request-body} when it is not the default. */
    public InvalidBodies maxBodyBytes(long bytes) {
        maxBodyBytes = bytes;
        return this;
    }

    public Arbitrary<InvalidBody> arbitrary() {
        List<Tuple.Tuple2<Integer, Arbitrary<? extends InvalidBody>>> kinds = new ArrayList<>(List.of(
                Tuple.of(2, malformed()),
                Tuple.of(1, otherJsonTypes()),
                Tuple.of(1, wrongContentTypes()),
                Tuple.of(1, tooLarge()),
                Tuple.of(1, notUtf8())));
        if (!fields.isEmpty()) {
            kinds.add(Tuple.of(6, fieldFlaws()));
        }
        return Arbitraries.frequencyOf(kinds.toArray(Tuple.Tuple2[]::new));
    }

    private Arbitrary<InvalidBody> malformed() {
        int length = validText.length();
        int lastQuote = validText.lastIndexOf('"');
        Arbitrary<InvalidBody> truncated = Arbitraries.integers().between(bodyIsOptional ? 1 : 0, length - 1)
                .map(cut -> InvalidBody.json("truncated after " + cut + " characters", validText.substring(0, cut)));
        Arbitrary<InvalidBody> broken = Arbitraries.of(
                InvalidBody.json("trailing comma", validText.substring(0, length - 1) + ",}"),
                InvalidBody.json("single quotes", validText.replace('"', '\'')),
                InvalidBody.json("unquoted names", validText.replaceAll("\"([A-Za-z0-9_]+)\":", "$1:")),
                InvalidBody.json("no colons", validText.replace("\":", "\" ")),
                InvalidBody.json("a comment", "/* note */" + validText),
                InvalidBody.json("one brace too many", validText + "}"),
                InvalidBody.json("another value after it", validText + " " + validText),
                InvalidBody.json("garbage after it", validText + "garbage"),
                InvalidBody.json("an unclosed string",
                        validText.substring(0, lastQuote) + validText.substring(lastQuote + 1)),
                InvalidBody.json("NaN for a value", "{\"nan\":NaN," + validText.substring(1)));
        return Arbitraries.oneOf(truncated, broken);
    }

    private Arbitrary<InvalidBody> otherJsonTypes() {
        List<InvalidBody> others = new ArrayList<>(List.of(
                InvalidBody.json("an empty array", "[]"),
                InvalidBody.json("the body in an array", "[" + validText + "]"),
                InvalidBody.json("a string", "\"" + validText.replace("\"", "\\\"") + "\""),
                InvalidBody.json("a number", "42"),
                InvalidBody.json("a boolean", "true")));
        if (!bodyIsOptional) {
            others.add(InvalidBody.json("null", "null"));
            others.add(InvalidBody.json("no body", ""));
            others.add(InvalidBody.json("only whitespace", " \n "));
        }
        return Arbitraries.of(others);
    }

    private Arbitrary<InvalidBody> wrongContentTypes() {
        return Arbitraries.of(NOT_JSON_TYPES).map(type -> new InvalidBody("sent as " + type, type,
                validText.getBytes(StandardCharsets.UTF_8), 415));
    }

    /** Past the limit by a little or by much, as padding in an extra field (a huge string value). */
    private Arbitrary<InvalidBody> tooLarge() {
        return Arbitraries.longs().between(1, 64 * 1024).map(excess -> {
            int padding = Math.toIntExact(maxBodyBytes + excess);
            String huge = "{\"padding\":\"" + "x".repeat(padding) + "\"," + validText.substring(1);
            return InvalidBody.json("past the size limit by " + (huge.length() - maxBodyBytes) + " bytes", huge);
        });
    }

    /** Bytes no UTF-8 decoder accepts, inside a string value of the body (or a name, if it has no strings). */
    private Arbitrary<InvalidBody> notUtf8() {
        List<JsonPointer> strings = new ArrayList<>();
        collectStrings(valid, JsonPointer.empty(), strings);
        Arbitrary<String> withMarker = strings.isEmpty()
                ? Arbitraries.just("{\"" + MARKER + "\":0," + validText.substring(1))
                : Arbitraries.of(strings).map(pointer -> {
                    ObjectNode copy = valid.deepCopy();
                    replace(copy, pointer, copy.stringNode("a" + MARKER + "b"));
                    return JSON.writeValueAsString(copy);
                });
        return Arbitraries.of(NOT_UTF8).flatMap(bad -> withMarker.map(text ->
                InvalidBody.jsonBytes("bytes " + hex(bad) + " that are not UTF-8", spliced(text, bad))));
    }

    private Arbitrary<InvalidBody> fieldFlaws() {
        List<Arbitrary<InvalidBody>> flaws = new ArrayList<>();
        for (BodyField field : fields) {
            JsonPointer pointer = JsonPointer.compile(field.pointer());
            if (field.mustBePresent()) {
                flaws.add(Arbitraries.just(field.pointer()).map(path -> {
                    ObjectNode copy = valid.deepCopy();
                    remove(copy, pointer);
                    return InvalidBody.json(path + " left out", JSON.writeValueAsString(copy));
                }));
                flaws.add(Arbitraries.just(field.pointer()).map(path -> {
                    ObjectNode copy = valid.deepCopy();
                    replace(copy, pointer, copy.nullNode());
                    return InvalidBody.json(path + " null", JSON.writeValueAsString(copy));
                }));
            }
            if (field.invalidValues() != null) {
                flaws.add(field.invalidValues().map(value -> {
                    ObjectNode copy = valid.deepCopy();
                    replace(copy, pointer, value);
                    return InvalidBody.json(field.pointer() + " = " + abbreviated(value), JSON.writeValueAsString(copy));
                }));
            }
        }
        return Arbitraries.oneOf(flaws);
    }

    private static void replace(ObjectNode root, JsonPointer pointer, JsonNode value) {
        JsonNode parent = root.at(pointer.head());
        JsonPointer last = pointer.last();
        if (parent instanceof ObjectNode object) {
            object.set(last.getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(last.getMatchingIndex(), value);
        }
    }

    private static void remove(ObjectNode root, JsonPointer pointer) {
        JsonNode parent = root.at(pointer.head());
        JsonPointer last = pointer.last();
        if (parent instanceof ObjectNode object) {
            object.remove(last.getMatchingProperty());
        } else if (parent instanceof ArrayNode array) {
            array.remove(last.getMatchingIndex());
        }
    }

    private static void collectStrings(JsonNode node, JsonPointer at, List<JsonPointer> found) {
        if (node.isString()) {
            found.add(at);
        } else if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                collectStrings(property.getValue(), at.appendProperty(property.getKey()), found);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collectStrings(array.get(i), at.appendIndex(i), found);
            }
        }
    }

    private static byte[] spliced(String text, byte[] bad) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bad.length);
        out.write(bytes, 0, at);
        out.writeBytes(bad);
        out.write(bytes, at + marker.length, bytes.length - at - marker.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i <= bytes.length - part.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("marker not found");
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
    }
}
