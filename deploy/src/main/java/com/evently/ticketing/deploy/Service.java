package com.evently.ticketing.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The seven applications of the suite, each a Maven module whose repackaged jar the launcher runs.
 */
public enum Service {

    IDENTITY("identity-service", "IDENTITY_URL", "identity"),
    EVENT("event-service", "EVENT_URL", "catalog"),
    BOOKING("booking-service", "BOOKING_URL", "booking"),
    TICKET("ticket-service", "TICKET_URL", "ticketing"),
    NOTIFICATION("notification-service", "NOTIFICATION_URL", "notification"),
    ANALYTICS("analytics-service", "ANALYTICS_URL", "analytics"),
    GATEWAY("gateway", null, null);

    private final String moduleName;
    private final String gatewayRouteVariable;
    private final String schema;

    Service(String moduleName, String gatewayRouteVariable, String schema) {
        this.moduleName = moduleName;
        this.gatewayRouteVariable = gatewayRouteVariable;
        this.schema = schema;
    }

    /** The PostgreSQL schema the service owns (its {@code ticketing.db.schema}); empty for the gateway. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
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

    /**
     * The services that call other services' internal endpoints, each with a service client of its own at identity
     * (its {@code ticketing.identity.service-clients}).
     */
    static List<Service> callingInternalEndpoints() {
        return List.of(EVENT, NOTIFICATION);
    }

    /**
     * The services whose work no buyer waits on: the mails and the figures, which follow a sale through its events.
     * {@code ./run-local} runs them at a lower CPU priority ({@link SuiteOptions#backgroundNiceness()}), so a busy
     * machine serves bookings first and they catch up afterwards. ticket-service is not among them: a buyer looks for
     * the tickets right after booking, and check-ins at the door cannot wait.
     */
    static List<Service> inTheBackground() {
        return List.of(NOTIFICATION, ANALYTICS);
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
