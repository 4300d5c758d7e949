package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.ClientCredentialsGrant;
import com.evently.ticketing.identity.application.GrantingClientCredentials;
import com.evently.ticketing.identity.application.GrantingServiceTokens;
import com.evently.ticketing.identity.application.InvalidClient;
import com.evently.ticketing.identity.application.InvalidScope;
import com.evently.ticketing.identity.application.IssuedClientToken;
import com.evently.ticketing.identity.application.UnauthorizedClient;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The OAuth 2.0 token endpoint, client-credentials grant only (RFC 6749 §4.4). It speaks OAuth, not this API's
 * problem+json: errors are RFC 6749 §5.2 JSON ({@code {"error":"invalid_client","error_description":…}}), which
 * every OAuth client library understands. The client authenticates with HTTP Basic ({@code client_secret_basic},
 * RFC 6749 §2.3.1) or with {@code client_id} and {@code client_secret} in the form body ({@code client_secret_post}).
 */
@RestController
class OAuthTokenController {

    static final String PATH = "/oauth2/token";
    private static final String CLIENT_CREDENTIALS = "client_credentials";
    private static final String BASIC = "Basic ";

    private final GrantingServiceTokens grantingServiceTokens;
    private final GrantingClientCredentials grantingClientCredentials;

    OAuthTokenController(GrantingServiceTokens grantingServiceTokens,
                         GrantingClientCredentials grantingClientCredentials) {
        this.grantingServiceTokens = grantingServiceTokens;
        this.grantingClientCredentials = grantingClientCredentials;
    }

    @Operation(operationId = "token", summary = "Get an API client's access token (OAuth 2.0 client credentials)",
            description = "The client authenticates with HTTP Basic (`client_id:client_secret`) or with both in the form. "
                    + "Errors are OAuth 2.0 JSON (RFC 6749 section 5.2), not problem+json.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                    schema = @Schema(type = "object", requiredProperties = "grant_type"),
                    schemaProperties = {
                            @SchemaProperty(name = "grant_type", schema = @Schema(type = "string",
                                    allowableValues = CLIENT_CREDENTIALS)),
                            @SchemaProperty(name = "scope", schema = @Schema(type = "string",
                                    description = "Space-separated scopes; all the client holds when absent",
                                    example = "events:read bookings:read")),
                            @SchemaProperty(name = "client_id", schema = @Schema(type = "string")),
                            @SchemaProperty(name = "client_secret", schema = @Schema(type = "string"))})))
    @ApiResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type, invalid_scope or "
            + "unauthorized_client", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "401", description = "invalid_client: unknown, revoked or wrong secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "200", description = "The access token")
    @PostMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccessTokenResponse> token(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> form,
                                        HttpServletRequest http) {
        String grantType = single(form, "grant_type");
        if (grantType == null) {
            throw new OAuthError(OAuthError.INVALID_REQUEST, "grant_type is required");
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw new OAuthError(OAuthError.UNSUPPORTED_GRANT_TYPE, "Only the client_credentials grant is supported");
        }
        ClientCredentials credentials = credentials(form, http.getHeader(HttpHeaders.AUTHORIZATION));
        ClientCredentialsGrant grant = new ClientCredentialsGrant(credentials.id(), credentials.secret(),
                Optional.ofNullable(single(form, "scope")));
        // the suite's own services are few and named; any other client id is a partner's
        IssuedClientToken issued = grantingServiceTokens.grant(grant)
                .orElseGet(() -> grantingClientCredentials.grant(grant));
        return ResponseEntity.ok().headers(noStore())
                .body(new AccessTokenResponse(issued.accessToken(), "Bearer", issued.expiresIn().toSeconds(),
                        String.join(" ", issued.scopes())));
    }

    @ExceptionHandler(OAuthError.class)
    ResponseEntity<ErrorResponse> oauthError(OAuthError error) {
        return error(HttpStatus.BAD_REQUEST, error.code(), error.getMessage(), false);
    }

    /** 401 with a Basic challenge, as RFC 6749 §5.2 asks for a failed client authentication. */
    @ExceptionHandler(InvalidClient.class)
    ResponseEntity<ErrorResponse> invalidClient(InvalidClient e) {
        return error(HttpStatus.UNAUTHORIZED, "invalid_client", e.getMessage(), true);
    }

    @ExceptionHandler(InvalidScope.class)
    ResponseEntity<ErrorResponse> invalidScope(InvalidScope e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_scope", e.getMessage(), false);
    }

    @ExceptionHandler(UnauthorizedClient.class)
    ResponseEntity<ErrorResponse> unauthorizedClient(UnauthorizedClient e) {
        return error(HttpStatus.BAD_REQUEST, "unauthorized_client", e.getMessage(), false);
    }

    private static ResponseEntity<ErrorResponse> error(HttpStatus status, String code, String description,
                                                       boolean challenge) {
        HttpHeaders headers = noStore();
        if (challenge) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ticketing\"");
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorResponse(code, description));
    }

    /** RFC 6749 §5.1: token responses must not be cached. */
    private static HttpHeaders noStore() {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noStore());
        headers.setPragma("no-cache");
        return headers;
    }

    /**
     * One way of authenticating, not two (RFC 6749 §2.3: "MUST NOT use more than one"). Basic credentials are
     * form-encoded before base64 (§2.3.1), so they are decoded once more.
     */
    private static ClientCredentials credentials(MultiValueMap<String, String> form, String authorization) {
        String formId = single(form, "client_id");
        String formSecret = single(form, "client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            if (formSecret != null) {
                throw new OAuthError(OAuthError.INVALID_REQUEST, "Authenticate with HTTP Basic or client_secret, not both");
            }
            ClientCredentials basic = basic(authorization.substring(BASIC.length()).trim());
            if (formId != null && !formId.equals(basic.id())) {
                throw new OAuthError(OAuthError.INVALID_REQUEST, "client_id differs from the authenticated client");
            }
            return basic;
        }
        if (formId == null || formSecret == null) {
            throw new InvalidClient();
        }
        return new ClientCredentials(formId, formSecret);
    }

    private static ClientCredentials basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new InvalidClient();
            }
            return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            throw new InvalidClient();
        }
    }

    /** RFC 6749 §3.2: a parameter sent twice makes the request invalid. */
    private static String single(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new OAuthError(OAuthError.INVALID_REQUEST, name + " must be sent once");
        }
        return values.getFirst();
    }

    private record ClientCredentials(String id, String secret) {

        @Override
        public String toString() {
            return "ClientCredentials[id=" + id + ", secret=hidden]";
        }
    }

    /** RFC 6749 §5.1; named apart from the login answer, or the API documents would show one schema for both. */
    record AccessTokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn,
                         String scope) {
    }

    record ErrorResponse(String error, @JsonProperty("error_description") String errorDescription) {
    }

    /** A malformed token request, answered with its RFC 6749 §5.2 error code. */
    static final class OAuthError extends RuntimeException {

        static final String INVALID_REQUEST = "invalid_request";
        static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";

        private final String code;

        OAuthError(String code, String description) {
            super(description);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
