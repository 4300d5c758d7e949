package com.evently.ticketing.deploy;

import java.util.Objects;

/**
 * One running copy of a service. The first copy ({@code index} 0) is the service as a single-copy suite runs it,
 * on the port of {@link SuitePorts}; further copies listen on ports of their own.
 */
public record ReplicaId(Service service, int index) {

    public ReplicaId {
        Objects.requireNonNull(service, "service");
        if (index < 0) {
            throw new IllegalArgumentException("a replica index is 0 or more, was " + index);
        }
    }

    public static ReplicaId first(Service service) {
        return new ReplicaId(service, 0);
    }

    /** {@code booking-service} for the first copy, {@code booking-service-2} for the second, and so on. */
    public String name() {
        return index == 0 ? service.moduleName() : service.moduleName() + "-" + (index + 1);
    }

    @Override
    public String toString() {
        return name();
    }
}
