package com.evently.ticketing.platform.openapi;

import com.evently.ticketing.platform.security.ClientScopes;
import com.evently.ticketing.platform.web.ProblemCatalogue;
import com.evently.ticketing.platform.web.ProblemType;
import com.evently.ticketing.platform.web.Problems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns what springdoc reads from a service's controllers into the document partners read: who the API is
 * ({@link OpenApiProperties}), where to call it (the gateway), how to authenticate (a bearer access token, or an API
 * client's token from the OAuth 2.0 client-credentials grant, with the scopes that open each operation), and how it
 * fails: every error is {@code application/problem+json}, and each operation lists the errors the platform's rules
 * can know of — 400 when it reads input, 401/403/429 when it needs a token, 404 on a path naming a resource, 422 when
 * it takes an {@code Idempotency-Key}, 500/503 everywhere — with the service's catalogued problem types as examples.
 * Errors only the use case knows (409 sold out…) are declared on the operation with {@code @ApiResponse}; this fills
 * in their problem body.
 */
class PublicApiDocument implements OpenApiCustomizer {

    static final String BEARER = "accessToken";
    static final String CLIENT_CREDENTIALS = "apiClient";
    static final String PROBLEM = "Problem";

    private static final String CALLER = "AuthenticatedUser";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<String> SIGN_IN_PATHS = Set.of("/api/v1/auth/", "/oauth2/");
    private static final Map<String, String> SCOPE_DESCRIPTIONS = new TreeMap<>(Map.of(
            ClientScopes.EVENTS_READ, "Read the catalogue, drafts of the client's organizer included",
            ClientScopes.EVENTS_WRITE, "Create, change, publish and cancel the organizer's events",
            ClientScopes.BOOKINGS_READ, "Read bookings of the organizer's events",
            ClientScopes.ATTENDEES_READ, "List the attendees of the organizer's events",
            ClientScopes.CHECK_IN_WRITE, "Check tickets in at the organizer's doors",
            ClientScopes.WEBHOOKS_MANAGE, "Subscribe to webhooks and read their deliveries"));

    private final OpenApiProperties properties;
    private final ProblemCatalogue problems;
    private final AccessRules access;

    PublicApiDocument(OpenApiProperties properties, ProblemCatalogue problems, AccessRules access) {
        this.properties = properties;
        this.problems = problems;
        this.access = access;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title(properties.title()).version(properties.version()).description(properties.description()));
        api.servers(List.of(new Server().url(properties.serverUrl().toString())
                .description("The gateway: every public call goes through it")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token (ES256 JWT): a person's from `POST /api/v1/auth/login`, valid 15 minutes, "
                        + "or an API client's from the client-credentials grant."));
        components.addSecuritySchemes(CLIENT_CREDENTIALS, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("An API client of an organizer (`POST /api/v1/api-clients`) gets a 10-minute token with "
                        + "the scopes it asks for; it acts as its organizer, on the operations those scopes open.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                        .tokenUrl(properties.tokenUrl().toString())
                        .scopes(scopes()))));
        components.addSchemas(PROBLEM, problemSchema());
        components.addSchemas("FieldError", new ObjectSchema()
                .description("One field the client sent wrong")
                .addProperty("field", new StringSchema().example("quantity"))
                .addProperty("message", new StringSchema().example("must be between 1 and 10")));

        Set<String> tagsInUse = new TreeSet<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                describe(components, HttpMethod.valueOf(method.name()), path, operation);
                if (operation.getTags() != null) {
                    tagsInUse.addAll(operation.getTags());
                }
            }));
        }
        if (components.getSchemas() != null) {
            components.getSchemas().remove(CALLER);
        }
        api.tags(tagsInUse.stream().map(tag -> new Tag().name(tag)).toList());
    }

    private void describe(Components components, HttpMethod method, String path, Operation operation) {
        if (operation.getParameters() != null) {
            // the caller comes from the token (an optional one is Optional<AuthenticatedUser>, which springdoc's
            // ignore list does not see through): never a parameter the client sends
            operation.getParameters().removeIf(parameter -> parameter.getSchema() != null
                    && ("#/components/schemas/" + CALLER).equals(parameter.getSchema().get$ref()));
        }
        boolean open = access.isPublic(method, path);
        Set<String> scopes = access.scopesFor(method, path);
        Set<String> roles = access.rolesFor(method, path);
        List<SecurityRequirement> security = new ArrayList<>();
        if (open) {
            // an optional token: anyone may call, and a token that comes along is still checked
            security.add(new SecurityRequirement());
        }
        security.add(new SecurityRequirement().addList(BEARER));
        if (!scopes.isEmpty()) {
            security.add(new SecurityRequirement().addList(CLIENT_CREDENTIALS, List.copyOf(new TreeSet<>(scopes))));
        }
        operation.setSecurity(security);
        if (!roles.isEmpty()) {
            String needed = "Only for " + roles.stream().sorted().collect(Collectors.joining(" or ")) + ".";
            operation.setDescription(operation.getDescription() == null ? needed : operation.getDescription() + "\n\n" + needed);
        }

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean readsInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (readsInput) {
            standard(components, responses, HttpStatus.BAD_REQUEST);
        }
        if (!open) {
            standard(components, responses, HttpStatus.UNAUTHORIZED);
            standard(components, responses, HttpStatus.FORBIDDEN);
        }
        if (path.contains("{")) {
            standard(components, responses, HttpStatus.NOT_FOUND);
        }
        if (takesIdempotencyKey(operation)) {
            standard(components, responses, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (!open || SIGN_IN_PATHS.stream().anyMatch(path::startsWith)) {
            standard(components, responses, HttpStatus.TOO_MANY_REQUESTS);
        }
        standard(components, responses, HttpStatus.INTERNAL_SERVER_ERROR);
        standard(components, responses, HttpStatus.SERVICE_UNAVAILABLE);
        // errors an operation declares itself (@ApiResponse with a code and a description) get the problem body
        responses.forEach((code, response) -> {
            if (isError(code) && response.get$ref() == null && response.getContent() == null) {
                response.setContent(problemContent(components, HttpStatus.valueOf(Integer.parseInt(code))));
            }
        });
    }

    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .map(Parameter::getName)
                .anyMatch(IDEMPOTENCY_KEY::equalsIgnoreCase);
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5') && code.chars().allMatch(Character::isDigit);
    }

    /** The shared response for {@code status}, added to the operation unless it declared that status itself. */
    private void standard(Components components, ApiResponses responses, HttpStatus status) {
        String code = String.valueOf(status.value());
        if (responses.containsKey(code)) {
            return;
        }
        String name = componentName(status);
        if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
            components.addResponses(name, new ApiResponse()
                    .description(STANDARD_DESCRIPTIONS.get(status))
                    .content(problemContent(components, status)));
        }
        responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + name));
    }

    private static final Map<HttpStatus, String> STANDARD_DESCRIPTIONS = Map.of(
            HttpStatus.BAD_REQUEST, "The request is invalid (`validation-failed` lists each field); nothing was changed",
            HttpStatus.UNAUTHORIZED, "No valid access token (`WWW-Authenticate: Bearer`)",
            HttpStatus.FORBIDDEN, "The token's roles or an API client's scopes do not allow this operation",
            HttpStatus.NOT_FOUND, "No such resource, or one the caller may not see",
            HttpStatus.UNPROCESSABLE_CONTENT, "The `Idempotency-Key` was used before with a different request",
            HttpStatus.TOO_MANY_REQUESTS, "Rate limit reached: retry after `Retry-After` seconds",
            HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected failure; safe to retry with the same `Idempotency-Key`",
            HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable: retry after `Retry-After` seconds");

    /** {@code application/problem+json} with one example for each catalogued problem type of this status. */
    private Content problemContent(Components components, HttpStatus status) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
        Map<String, Example> examples = new LinkedHashMap<>();
        problemTypesOf(status).forEach(problem -> {
            if (components.getExamples() == null || !components.getExamples().containsKey(problem.slug())) {
                components.addExamples(problem.slug(), example(problem));
            }
            examples.put(problem.slug(), new Example().$ref("#/components/examples/" + problem.slug()));
        });
        if (!examples.isEmpty()) {
            media.setExamples(examples);
        }
        return new Content().addMediaType(PROBLEM_JSON, media);
    }

    private List<ProblemType> problemTypesOf(HttpStatus status) {
        List<ProblemType> types = new ArrayList<>(problems.types().stream().filter(type -> type.status() == status).toList());
        if (status == HttpStatus.TOO_MANY_REQUESTS && types.isEmpty()) {
            // answered by the gateway before the service sees the request
            types.add(new ProblemType("rate-limited", "Too many requests", status));
        }
        return types;
    }

    private static Example example(ProblemType problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().toString());
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        return new Example().summary(problem.title()).value(body);
    }

    private static String componentName(HttpStatus status) {
        return java.util.Arrays.stream(status.getReasonPhrase().split("[^A-Za-z]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase())
                .collect(Collectors.joining());
    }

    private Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem. `type` is stable and names the kind of failure: "
                        + "`" + Problems.TYPE_BASE + "<slug>`; the examples of each response list the slugs this API uses.")
                .addProperty("type", new StringSchema().format("uri").example(Problems.TYPE_BASE + "validation-failed"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().example("quantity: must be between 1 and 10"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/bookings"))
                .addProperty("errors", new ArraySchema()
                        .description("With `validation-failed`: each field that was wrong")
                        .items(new Schema<>().$ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"));
    }

    private static Scopes scopes() {
        Scopes scopes = new Scopes();
        SCOPE_DESCRIPTIONS.forEach(scopes::addString);
        return scopes;
    }
}
