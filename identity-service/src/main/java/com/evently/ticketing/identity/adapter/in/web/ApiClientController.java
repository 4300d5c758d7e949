package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.ManagingApiClients;
import com.evently.ticketing.identity.application.RegisterApiClientCommand;
import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiClientPage;
import com.evently.ticketing.identity.domain.ApiScope;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Organizers' API clients: registered with their scopes (the secret is in that response only), listed without
 * secrets, their secret rotated (again shown once), revoked. Only organizers and administrators get here at all.
 */
@RestController
@RequestMapping(ApiClientController.PATH)
class ApiClientController {

    static final String PATH = "/api/v1/api-clients";

    private final ManagingApiClients managingApiClients;

    ApiClientController(ManagingApiClients managingApiClients) {
        this.managingApiClients = managingApiClients;
    }

    @Operation(operationId = "registerApiClient", summary = "Register an API client (its secret is shown once)")
    @ApiResponse(responseCode = "201", description = "Registered; `clientSecret` appears in this answer only")
    @PostMapping
    ResponseEntity<ApiClientResponse> register(AuthenticatedUser caller,
                                               @Valid @RequestBody ApiClientRegistrationRequest request) {
        ApiClient.WithSecret registered = managingApiClients.register(caller.caller(),
                new RegisterApiClientCommand(request.name(), scopes(request.scopes()),
                        Optional.ofNullable(request.organizerId())));
        return ResponseEntity.created(URI.create(PATH + "/" + registered.client().id()))
                // the secret must not linger in any cache on the way
                .cacheControl(CacheControl.noStore())
                .body(ApiClientResponse.of(registered.client(), registered.secret().value(), null));
    }

    @Operation(operationId = "listApiClients", summary = "List API clients")
    @GetMapping
    PageResponse<ApiClientResponse> list(AuthenticatedUser caller, @RequestParam Optional<UUID> organizerId,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        ApiClientPage found = managingApiClients.list(caller.caller(), organizerId, page, size);
        return PageResponse.of(found.clients().stream().map(client -> ApiClientResponse.of(client, null, null)).toList(),
                page, size, found.totalMatches());
    }

    @Operation(operationId = "rotateApiClientSecret", summary = "Issue a new secret (the old one works 24 more hours)")
    @PostMapping("/{id}/rotate-secret")
    ResponseEntity<ApiClientResponse> rotateSecret(AuthenticatedUser caller, @PathVariable UUID id) {
        ApiClient.WithSecret rotated = managingApiClients.rotateSecret(caller.caller(), id);
        Instant previousValidUntil = rotated.client().previousSecret().validUntil();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(ApiClientResponse.of(rotated.client(), rotated.secret().value(), previousValidUntil));
    }

    @Operation(operationId = "revokeApiClient", summary = "Revoke an API client")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(AuthenticatedUser caller, @PathVariable UUID id) {
        managingApiClients.revoke(caller.caller(), id);
    }

    private static Set<ApiScope> scopes(List<String> names) {
        try {
            return ApiScope.allNamed(names);
        } catch (InvalidInput unknown) {
            throw new RejectedField("scopes", unknown.getMessage());
        }
    }

    /** @param organizerId whom the client acts for; the caller when absent (administrators name an organizer) */
    record ApiClientRegistrationRequest(@NotBlank @Size(max = ApiClient.MAX_NAME_LENGTH) String name,
                               @NotEmpty List<@NotNull String> scopes,
                               UUID organizerId) {
    }

    /**
     * @param clientSecret                 only in the answers that create a secret, never again
     * @param previousSecretValidUntil     after a rotation: until when the replaced secret still works
     */
    record ApiClientResponse(UUID clientId, String name, UUID organizerId, List<String> scopes, Instant createdAt,
                             Instant revokedAt, String clientSecret, Instant previousSecretValidUntil) {

        static ApiClientResponse of(ApiClient client, String secret, Instant previousSecretValidUntil) {
            return new ApiClientResponse(client.id(), client.name(), client.organizerId(),
                    client.scopes().stream().map(ApiScope::value).toList(), client.registeredAt(),
                    client.revokedAt(), secret, previousSecretValidUntil);
        }
    }
}
