package com.evently.ticketing.deploy;

import java.util.List;

/**
 * The seven applications of the suite, each a Maven module whose repackaged jar the launcher runs.
 */
public enum Service {

    IDENTITY("identity-service", "IDENTITY_URL"),
    EVENT("event-service", "EVENT_URL"),
    BOOKING("booking-service", "BOOKING_URL"),
    TICKET("ticket-service", "TICKET_URL"),
    NOTIFICATION("notification-service", "NOTIFICATION_URL"),
    ANALYTICS("analytics-service", "ANALYTICS_URL"),
    GATEWAY("gateway", null);

    private final String moduleName;
    private final String gatewayRouteVariable;

    Service(String moduleName, String gatewayRouteVariable) {
        this.moduleName = moduleName;
        this.gatewayRouteVariable = gatewayRouteVariable;
    }

    /** The Maven module, which is also the artifact id and the name used for logs. */
    public String moduleName() {
        return moduleName;
    }

    /** The environment variable through which the gateway learns where this service listens. */
    String gatewayRouteVariable() {
        if (gatewayRouteVariable == null) {
            throw new IllegalStateException("the gateway does not route to itself");
        }
        return gatewayRouteVariable;
    }

    /** The services the gateway routes to, i.e. every one but the gateway itself. */
    static List<Service> behindGateway() {
        return List.of(IDENTITY, EVENT, BOOKING, TICKET, NOTIFICATION, ANALYTICS);
    }

    public static Service byModuleName(String moduleName) {
        for (Service service : values()) {
            if (service.moduleName.equals(moduleName)) {
                return service;
            }
        }
        throw new IllegalArgumentException("no service named " + moduleName);
    }
}
