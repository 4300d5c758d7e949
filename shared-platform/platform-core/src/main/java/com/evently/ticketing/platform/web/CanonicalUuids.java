package com.evently.ticketing.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids in request bodies are UUIDs as the API documents them: 8-4-4-4-12 hexadecimal digits. Jackson also takes 22 or
 * 24 characters of Base64 as a UUID, so that a body with {@code "eventId":"not-a-uuid-AAAAAAAAAAA"} was accepted
 * (found by ticket-service's input fuzzing); such a value is now refused like any other malformed one (400).
 */
public class CanonicalUuids extends SimpleModule {

    public CanonicalUuids() {
        super(CanonicalUuids.class.getSimpleName());
        addDeserializer(UUID.class, new CanonicalUuidDeserializer());
    }

    private static final class CanonicalUuidDeserializer extends StdScalarDeserializer<UUID> {

        private static final Pattern CANONICAL =
                Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

        CanonicalUuidDeserializer() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getString();
            if (!CANONICAL.matcher(text).matches()) {
                return (UUID) context.handleWeirdStringValue(UUID.class, text,
                        "not a UUID of the form 8-4-4-4-12 hexadecimal digits");
            }
            return UUID.fromString(text);
        }
    }
}
