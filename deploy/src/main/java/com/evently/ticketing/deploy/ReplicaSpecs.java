package com.evently.ticketing.deploy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the spec of a service's first copy into the spec of any of its copies, and tells the gateway where all
 * copies of a replicated service listen.
 */
final class ReplicaSpecs {

    private ReplicaSpecs() {
    }

    /**
     * The same service on the replica's own port, with its own log file; a replicated service's database sessions
     * carry the replica's name ({@code application_name} in {@code pg_stat_activity}), so one can tell which copy
     * holds a lock.
     */
    static ServiceProcessSpec of(ServiceProcessSpec first, ReplicaId replica, int port, boolean replicated) {
        Map<String, String> environment = new LinkedHashMap<>(first.environment());
        URI readiness = first.readinessUrl();
        if (replica.index() > 0) {
            environment.put("SERVER_PORT", Integer.toString(port));
            readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        }
        if (replicated && environment.containsKey("TICKETING_DB_URL")) {
            String url = environment.get("TICKETING_DB_URL");
            environment.put("TICKETING_DB_URL", url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + replica.name());
        }
        return new ServiceProcessSpec(first.service(), first.command(), environment, first.workingDirectory(),
                first.jar(), first.logFile().resolveSibling(replica.name() + ".log"), readiness, first.niceness());
    }

    /**
     * Routes every replicated service through the gateway's load balancer: {@code lb://<module>} instead of one
     * URL, with the copies listed for Spring Cloud's simple discovery client.
     */
    static ServiceProcessSpec gatewayRoutingTo(ServiceProcessSpec gateway, Map<Service, List<URI>> replicatedServices) {
        if (replicatedServices.isEmpty()) {
            return gateway;
        }
        Map<String, String> environment = new LinkedHashMap<>(gateway.environment());
        replicatedServices.keySet().forEach(service ->
                environment.put(service.gatewayRouteVariable(), "lb://" + service.moduleName()));
        environment.put("SPRING_APPLICATION_JSON", discoveryJson(replicatedServices));
        return new ServiceProcessSpec(gateway.service(), gateway.command(), environment, gateway.workingDirectory(),
                gateway.jar(), gateway.logFile(), gateway.readinessUrl(), gateway.niceness());
    }

    /** JSON, because a service name with a dash cannot be a map key in an environment variable's name. */
    static String discoveryJson(Map<Service, List<URI>> replicatedServices) {
        String instances = replicatedServices.entrySet().stream()
                .map(entry -> "\"" + entry.getKey().moduleName() + "\":[" + entry.getValue().stream()
                        .map(uri -> "{\"uri\":\"" + uri + "\"}")
                        .collect(Collectors.joining(",")) + "]")
                .collect(Collectors.joining(","));
        return "{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":{" + instances + "}}}}}}}";
    }
}
