package com.evently.ticketing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document bundled with the contracts says what the code publishes, and says it in valid AsyncAPI. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "/asyncapi.yaml";

    @Test
    void isAValidAsyncApi3Document() throws IOException {
        try (InputStream metaSchema = resource("/asyncapi/asyncapi-3.0.0.schema.json")) {
            JsonSchema asyncApi = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(metaSchema);
            assertThat(asyncApi.validate(documentText(), InputFormat.YAML)).isEmpty();
        }
    }

    @Test
    void everyEventTypeIsAMessageOnItsTopicWithItsBundledSchema() throws IOException {
        JsonNode document = new YAMLMapper().readTree(documentText());
        JsonNode messages = document.path("components").path("messages");
        Set<String> documented = new HashSet<>();
        messages.properties().forEach(message -> {
            if (!isWebhook(document, message.getKey())) {
                documented.add(message.getValue().path("name").asText());
            }
        });

        assertThat(documented).containsExactlyInAnyOrderElementsOf(EventTypes.all());
        messages.properties().stream().filter(entry -> !isWebhook(document, entry.getKey())).forEach(entry -> {
            String type = entry.getValue().path("name").asText();
            String schemaReference = entry.getValue().path("payload").path("schema").path("$ref").asText();
            assertThat("/" + schemaReference).as(type).isEqualTo(ContractSchemas.resourceOf(type));
            assertThat(AsyncApiDocumentTest.class.getResource(ContractSchemas.resourceOf(type))).as(type).isNotNull();
            assertThat(channelReferencing(document, entry.getKey()).path("address").asText()).as(type)
                    .isEqualTo(EventTypes.topicOf(type));
        });
    }

    /**
     * Webhooks are named by their public type and carry a bundled schema of that name whose {@code type} is that
     * name. That they are all there, and that what notification-service sends satisfies them, its own test checks.
     */
    @Test
    void everyWebhookIsAMessageOfThePartnerChannelWithItsBundledSchema() throws IOException {
        JsonNode document = new YAMLMapper().readTree(documentText());
        JsonNode messages = document.path("components").path("messages");
        Set<String> webhooks = new HashSet<>();
        messages.properties().stream().filter(entry -> isWebhook(document, entry.getKey())).forEach(entry -> {
            String type = entry.getValue().path("name").asText();
            assertThat(webhooks.add(type)).as("one message per webhook type: %s", type).isTrue();
            String schemaReference = entry.getValue().path("payload").path("schema").path("$ref").asText();
            assertThat(schemaReference).as(type).isEqualTo("schemas/webhooks/" + type + ".schema.json");
            try (InputStream schema = resource("/" + schemaReference)) {
                JsonNode parsed = new YAMLMapper().readTree(schema);
                assertThat(parsed.path("properties").path("type").path("const").asText()).as(type).isEqualTo(type);
                assertThat(parsed.path("required").toString()).as(type).contains("\"data\"");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(webhooks).contains("booking.confirmed", "event.published", "webhook.ping");
    }

    private static boolean isWebhook(JsonNode document, String messageKey) {
        return channelReferencing(document, messageKey).path("address").isNull();
    }

    private static JsonNode channelReferencing(JsonNode document, String messageKey) {
        String reference = "#/components/messages/" + messageKey;
        return StreamSupport.stream(document.path("channels").spliterator(), false)
                .filter(channel -> StreamSupport.stream(channel.path("messages").spliterator(), false)
                        .anyMatch(message -> reference.equals(message.path("$ref").asText())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel carries " + messageKey));
    }

    private static String documentText() throws IOException {
        try (InputStream in = resource(DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new AssertionError("missing resource " + name);
        }
        return in;
    }
}
