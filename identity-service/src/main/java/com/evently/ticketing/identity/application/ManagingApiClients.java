package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.ApiClients;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiClientPage;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Paging;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Organizers register API clients for their own organization (the organizer's account), list them, rotate
 * their secrets and revoke them; administrators do the same for any organizer. A client is only ever seen by
 * its organizer and administrators: anyone else is told it does not exist.
 */
public class ManagingApiClients {

    public static final int MAX_PAGE_SIZE = 100;

    private final ApiClients apiClients;
    private final Users users;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration secretOverlap;

    public ManagingApiClients(ApiClients apiClients, Users users, Transactions transactions, Clock clock,
                              Duration secretOverlap) {
        this.apiClients = apiClients;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
        this.secretOverlap = secretOverlap;
    }

    /**
     * @return the client and its secret, which is never shown again
     * @throws OperationNotPermitted unless an organizer registers for itself or an administrator for anyone
     * @throws UserNotFound          when the named organizer has no account
     * @throws NotAnOrganizerConflict when the account the client would act for is no enabled organizer
     */
    public ApiClient.WithSecret register(Caller actor, RegisterApiClientCommand command) {
        requireManager(actor);
        UUID organizerId = command.organizerId().orElse(actor.id());
        if (!organizerId.equals(actor.id()) && !actor.isAdmin()) {
            throw new OperationNotPermitted("register API clients for another organizer");
        }
        return transactions.inTransaction(() -> {
            User organizer = users.findById(organizerId).orElseThrow(() -> new UserNotFound(organizerId));
            if (!organizer.enabled() || !organizer.roles().contains(Role.ORGANIZER)) {
                throw new NotAnOrganizerConflict(organizerId);
            }
            ApiClient.WithSecret registered = ApiClient.register(organizerId, command.name(), command.scopes(),
                    actor.id(), clock.instant());
            apiClients.add(registered.client());
            return registered;
        });
    }

    /**
     * An organizer sees its own clients; an administrator a given organizer's, or everyone's.
     *
     * @throws InvalidInput          for a page before the first or a size outside 1 to {@value #MAX_PAGE_SIZE}     *
     * @throws OperationNotPermitted when an organizer asks for another organizer's clients
     */
    public ApiClientPage list(Caller actor, Optional<UUID> organizerId, int page, int size) {
        requireManager(actor);
        Paging.check(page, size, MAX_PAGE_SIZE);
        if (actor.isAdmin()) {
            return apiClients.page(organizerId, page, size);
        }
        if (organizerId.filter(id -> !id.equals(actor.id())).isPresent()) {
            throw new OperationNotPermitted("list another organizer's API clients");
        }
        return apiClients.page(Optional.of(actor.id()), page, size);
    }

    /**
     * A new secret; the previous one keeps working for the configured overlap.
     *
     * @throws ApiClientNotFound when the client does not exist or is not the caller's
     */
    public ApiClient.WithSecret rotateSecret(Caller actor, UUID clientId) {
        requireManager(actor);
        return transactions.inTransaction(() -> {
            ApiClient client = visibleLocked(actor, clientId);
            ApiClient.WithSecret rotated = client.rotateSecret(clock.instant(), secretOverlap);
            apiClients.update(rotated.client());
            return rotated;
        });
    }

    /**
     * No new token from now on; tokens already handed out expire within their short lifetime. Revoking a
     * revoked client changes nothing.
     *
     * @throws ApiClientNotFound when the client does not exist or is not the caller's
     */
    public ApiClient revoke(Caller actor, UUID clientId) {
        requireManager(actor);
        return transactions.inTransaction(() -> {
            ApiClient client = visibleLocked(actor, clientId);
            ApiClient revoked = client.revoke(clock.instant());
            if (!revoked.equals(client)) {
                apiClients.update(revoked);
            }
            return revoked;
        });
    }

    private ApiClient visibleLocked(Caller actor, UUID clientId) {
        return apiClients.lockById(clientId)
                .filter(client -> actor.isAdmin() || client.organizerId().equals(actor.id()))
                .orElseThrow(() -> new ApiClientNotFound(clientId));
    }

    private static void requireManager(Caller actor) {
        if (!actor.mayOrganizeEvents()) {
            throw new OperationNotPermitted("manage API clients");
        }
    }
}
