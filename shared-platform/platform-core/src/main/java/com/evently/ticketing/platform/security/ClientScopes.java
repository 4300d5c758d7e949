package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.domain.Role;

import java.util.Collection;
import java.util.Set;

/**
 * What an API client's access token (OAuth 2.0 client credentials, issued by identity-service) carries, and the
 * scopes the suite enforces. A client token names its client in {@value #CLIENT_ID_CLAIM} and {@code sub}, the
 * organizer it acts for in {@value #ORGANIZER_CLAIM}, its scopes space separated in {@value #SCOPE_CLAIM}, and no
 * {@code roles}: whatever role it gets is derived here from its scopes, so a client can never hold more than an
 * organizer's role, whatever its token says.
 */
public final class ClientScopes {

    public static final String CLIENT_ID_CLAIM = "client_id";
    public static final String SCOPE_CLAIM = "scope";
    public static final String ORGANIZER_CLAIM = "org";

    public static final String EVENTS_READ = "events:read";
    public static final String EVENTS_WRITE = "events:write";
    public static final String BOOKINGS_READ = "bookings:read";
    public static final String ATTENDEES_READ = "attendees:read";
    public static final String CHECK_IN_WRITE = "check-in:write";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    public static final Set<String> ALL = Set.of(EVENTS_READ, EVENTS_WRITE, BOOKINGS_READ, ATTENDEES_READ,
            CHECK_IN_WRITE, WEBHOOKS_MANAGE);

    /**
     * Scopes whose endpoints decide by the organizer's role (its drafts, its attendees, its doors). Reading the
     * published catalogue needs no role, so a client holding only {@link #EVENTS_READ} sees what anyone sees.
     */
    static final Set<String> ACTING_AS_ORGANIZER = Set.of(EVENTS_WRITE, BOOKINGS_READ, ATTENDEES_READ,
            CHECK_IN_WRITE, WEBHOOKS_MANAGE);

    /** The role names a client holding {@code scopes} acts with: ORGANIZER or nothing, never ADMIN or USER. */
    public static Set<String> rolesGrantedBy(Collection<String> scopes) {
        return scopes.stream().anyMatch(ACTING_AS_ORGANIZER::contains) ? Set.of(Role.ORGANIZER.name()) : Set.of();
    }

    private ClientScopes() {
    }
}
