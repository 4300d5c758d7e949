package com.evently.ticketing.platform.security;

/** Service-to-service endpoints: under {@link #PATH_PATTERN}, never routed by the gateway. */
public final class InternalApi {

    public static final String PATH_PATTERN = "/internal/**";
    public static final String TOKEN_HEADER = "X-Internal-Token";

    private InternalApi() {
    }
}
