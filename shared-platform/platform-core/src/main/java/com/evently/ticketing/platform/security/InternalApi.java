package com.evently.ticketing.platform.security;

/**
 * Service-to-service endpoints: under {@link #PATH_PATTERN}, never routed by the gateway, each opened only to
 * service tokens holding the internal scope it is declared with ({@link InternalEndpoints}); one declared by no
 * service is closed to everyone.
 */
public final class InternalApi {

    public static final String PATH_PATTERN = "/internal/**";

    private InternalApi() {
    }
}
