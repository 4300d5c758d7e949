package com.evently.ticketing.platform.security;

import java.util.Set;

/**
 * The scopes of service tokens: what one service may ask of another's {@code /internal/**} endpoints. identity-service
 * issues them through the client-credentials grant to the service clients it is configured with; such a token names
 * the calling service in {@code client_id} and {@code sub}, carries only internal scopes, no organizer and no roles
 * ({@link ClientTokens#isServiceToken}). Partners' API clients can never hold one: their scopes are
 * {@link ClientScopes}, and no public endpoint declares an internal scope, so a service token opens nothing there.
 */
public final class InternalScopes {

    public static final String PREFIX = "internal:";

    /** event-service resizes booking's inventory before it commits a capacity change. */
    public static final String BOOKING_INVENTORY = PREFIX + "booking-inventory";
    /** notification-service downloads a booking's tickets PDF to attach it to the confirmation mail. */
    public static final String TICKET_DOCUMENTS = PREFIX + "ticket-documents";

    public static final Set<String> ALL = Set.of(BOOKING_INVENTORY, TICKET_DOCUMENTS);

    public static boolean isInternal(String scope) {
        return scope != null && scope.startsWith(PREFIX) && scope.length() > PREFIX.length();
    }

    private InternalScopes() {
    }
}
