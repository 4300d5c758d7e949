package com.evently.ticketing.notification.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks the AsyncAPI document of shared-contracts promises partners (channel {@code partnerWebhooks}): their
 * public type names, and for each the bundled JSON Schema a body must satisfy. A body must also name no field the
 * schema does not declare, so that nothing reaches partners undocumented (the schemas themselves stay open, as
 * partners must tolerate additions). The YAML reader comes with springdoc at compile scope; declaring it again with
 * test scope would drop it from the service's jar.
 */
public final class DocumentedWebhooks {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> schemaByType = new LinkedHashMap<>();

    private DocumentedWebhooks(JsonNode document) {
        JsonNode messages = document.path("components").path("messages");
        document.path("channels").path("partnerWebhooks").path("messages").forEach(reference -> {
            String key = reference.path("$ref").asText().replace("#/components/messages/", "");
            JsonNode message = messages.path(key);
            schemaByType.put(message.path("name").asText(), "/" + message.path("payload").path("schema").path("$ref").asText());
        });
    }

    public static DocumentedWebhooks inAsyncApiDocument() {
        try (InputStream in = resource("/asyncapi.yaml")) {
            return new DocumentedWebhooks(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public type names the document lists. */
    public List<String> types() {
        return List.copyOf(schemaByType.keySet());
    }

    /** Fails unless {@code body} satisfies the schema of {@code type} and names no field it does not declare. */
    public void assertDocuments(String type, String body) {
        String schemaResource = schemaByType.get(type);
        assertThat(schemaResource).as("webhook type %s in asyncapi.yaml", type).isNotNull();
        try (InputStream schemaJson = resource(schemaResource)) {
            JsonNode schemaNode = JSON.readTree(schemaJson);
            JsonSchema schema = SCHEMAS.getSchema(schemaNode,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertThat(schema.validate(body, InputFormat.JSON)).as("%s body %s", type, body).isEmpty();
            List<String> undeclared = new ArrayList<>();
            undeclared(JSON.readTree(body), schemaNode, "", undeclared);
            assertThat(undeclared).as("fields of %s missing from %s", type, schemaResource).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void undeclared(JsonNode value, JsonNode schema, String at, List<String> found) {
        if (value.isObject()) {
            value.properties().forEach(field -> {
                JsonNode declared = schema.path("properties").path(field.getKey());
                if (declared.isMissingNode()) {
                    found.add(at + "/" + field.getKey());
                } else {
                    undeclared(field.getValue(), declared, at + "/" + field.getKey(), found);
                }
            });
        } else if (value.isArray()) {
            value.forEach(element -> undeclared(element, schema.path("items"), at + "/*", found));
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DocumentedWebhooks.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + name));
        }
        return in;
    }
}
