package com.evently.ticketing.testsupport;

import com.evently.ticketing.contracts.ContractSchemas;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a payload against the JSON Schema that {@code shared-contracts} publishes for its type. */
public final class ContractAssertions {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    public static void assertMatchesSchema(String eventType, String payloadJson) {
        assertThat(violations(eventType, payloadJson))
                .as("payload of %s must satisfy its schema: %s", eventType, payloadJson)
                .isEmpty();
    }

    public static Set<ValidationMessage> violations(String eventType, String payloadJson) {
        try (InputStream schemaJson = ContractSchemas.open(eventType)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = FACTORY.getSchema(schemaJson, config);
            return schema.validate(payloadJson, com.networknt.schema.InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContractAssertions() {
    }
}
