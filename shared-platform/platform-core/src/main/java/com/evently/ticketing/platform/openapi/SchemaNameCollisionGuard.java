package com.evently.ticketing.platform.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses to document two of our classes under one schema name. springdoc names a schema after its class's simple
 * name and, when two classes share it, silently keeps one: the OAuth token endpoint's {@code TokenResponse} once
 * replaced login's in the document, and the generated client read login's token as null. springdoc logs the refusal
 * (naming both classes) and leaves the schema out, so the document no longer matches its checked-in copy and the
 * service's {@code OpenApiDocumentTest} fails; one of the classes then gets a distinct name or {@code @Schema(name = …)}.
 */
final class SchemaNameCollisionGuard implements ModelConverter {

    private static final String OUR_PACKAGES = "com.evently.";

    private final Map<String, Class<?>> classBySchemaName = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> documented = javaType.getRawClass();
        // enums are documented inline, so two of one name do not meet in the components
        if (documented.getName().startsWith(OUR_PACKAGES) && !documented.isEnum()) {
            String schemaName = TypeNameResolver.std.nameForType(javaType);
            Class<?> earlier = classBySchemaName.putIfAbsent(schemaName, documented);
            if (earlier != null && earlier != documented) {
                throw new IllegalStateException("Two classes would be documented as the schema '" + schemaName + "': "
                        + earlier.getName() + " and " + documented.getName()
                        + "; rename one or give it @Schema(name = …)");
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
