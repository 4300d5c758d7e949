package com.evently.ticketing.deploy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many copies of each service a suite runs: one of each unless said otherwise. The gateway spreads the
 * requests of a service with several copies over all of them; it is itself always a single copy, being the one
 * address clients know.
 */
public record ServiceReplicas(Map<Service, Integer> counts) {

    public ServiceReplicas {
        counts = Map.copyOf(counts);
        counts.forEach((service, count) -> {
            if (count < 1) {
                throw new IllegalArgumentException(service.moduleName() + " needs at least one replica, was " + count);
            }
            if (service == Service.GATEWAY && count != 1) {
                throw new IllegalArgumentException("the gateway runs as a single copy");
            }
        });
    }

    public static ServiceReplicas single() {
        return new ServiceReplicas(Map.of());
    }

    public ServiceReplicas with(Service service, int count) {
        Map<Service, Integer> changed = new EnumMap<>(Service.class);
        changed.putAll(counts);
        changed.put(service, count);
        return new ServiceReplicas(changed);
    }

    public int of(Service service) {
        return counts.getOrDefault(service, 1);
    }

    public boolean isReplicated(Service service) {
        return of(service) > 1;
    }

    /** Every replica of every service, services in declaration order. */
    public List<ReplicaId> all() {
        List<ReplicaId> replicas = new ArrayList<>();
        for (Service service : Service.values()) {
            for (int index = 0; index < of(service); index++) {
                replicas.add(new ReplicaId(service, index));
            }
        }
        return replicas;
    }
}
