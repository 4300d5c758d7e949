package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReplicaSpecsTest {

    private static final Path JAVA = Path.of("/opt/jdk-25/bin/java");
    private static final Path ROOT = Path.of("/work/checkout");
    private static final SuitePorts PORTS = SuitePorts.defaults();
    private static final SuiteWiring WIRING = new SuiteWiring(PORTS, "127.0.0.1:9092",
            new DatabaseConnection("jdbc:postgresql://127.0.0.1:15432/ticketing", "ticketing_booking", "db-secret"),
            Map.of(), new SmtpEndpoint("127.0.0.1", 3025),
            new SuiteSecrets(Map.of(Service.EVENT, "event-client-secret-123",
                    Service.NOTIFICATION, "notification-client-secret-123"), "signing-key-encryption-key", "pass-key-encryption-key",
                    "unsubscribe-secret", "message-sealing-key",
                    "webhook-secret-key"),
            new AdminAccount("admin@ticketing.local", "Adm1n-Passw0rd", true));
    private static final SuiteOptions OPTIONS = SuiteOptions.isolated(ROOT, ROOT.resolve(".local/logs")).withPorts(PORTS);

    private static ServiceProcessSpec first(Service service) {
        return ServiceProcessSpec.of(service, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT");
    }

    @Test
    void aFurtherReplicaListensOnItsOwnPortAndLogsToItsOwnFile() {
        ServiceProcessSpec second = ReplicaSpecs.of(first(Service.BOOKING), new ReplicaId(Service.BOOKING, 1), 18_083, true);

        assertThat(second.environment()).containsEntry("SERVER_PORT", "18083")
                .containsEntry("TICKETING_DB_URL",
                        "jdbc:postgresql://127.0.0.1:15432/ticketing?ApplicationName=booking-service-2");
        assertThat(second.readinessUrl()).isEqualTo(URI.create("http://127.0.0.1:18083/actuator/health/readiness"));
        assertThat(second.logFile()).isEqualTo(Path.of("/work/checkout/.local/logs/booking-service-2.log"));
        assertThat(second.command()).isEqualTo(first(Service.BOOKING).command());
    }

    @Test
    void theFirstReplicaKeepsItsPortAndNamesItsDatabaseSessionsWhenReplicated() {
        ServiceProcessSpec first = ReplicaSpecs.of(first(Service.TICKET), ReplicaId.first(Service.TICKET), 8084, true);

        assertThat(first.environment()).containsEntry("SERVER_PORT", "8084")
                .containsEntry("TICKETING_DB_URL",
                        "jdbc:postgresql://127.0.0.1:15432/ticketing?ApplicationName=ticket-service");
        assertThat(first.logFile()).isEqualTo(Path.of("/work/checkout/.local/logs/ticket-service.log"));
    }

    @Test
    void theGatewayBalancesOverTheReplicasOfAReplicatedServiceOnly() {
        Map<Service, List<URI>> replicated = new LinkedHashMap<>();
        replicated.put(Service.BOOKING, List.of(URI.create("http://127.0.0.1:8083"), URI.create("http://127.0.0.1:18083")));

        ServiceProcessSpec gateway = ReplicaSpecs.gatewayRoutingTo(first(Service.GATEWAY), replicated);

        assertThat(gateway.environment()).containsEntry("BOOKING_URL", "lb://booking-service")
                .containsEntry("TICKET_URL", "http://127.0.0.1:8084");
        JsonNode instances = JsonMapper.builder().build().readTree(gateway.environment().get("SPRING_APPLICATION_JSON"))
                .path("spring").path("cloud").path("discovery").path("client").path("simple").path("instances")
                .path("booking-service");
        assertThat(instances.values()).extracting(instance -> instance.path("uri").asString())
                .containsExactly("http://127.0.0.1:8083", "http://127.0.0.1:18083");
    }

    @Test
    void aSuiteWithoutReplicasKeepsTheGatewayAsItWas() {
        ServiceProcessSpec gateway = first(Service.GATEWAY);

        assertThat(ReplicaSpecs.gatewayRoutingTo(gateway, Map.of())).isEqualTo(gateway);
        assertThat(ServiceReplicas.single().all()).hasSize(Service.values().length);
    }

    @Test
    void replicaCountsAreAtLeastOneAndTheGatewayStaysSingle() {
        ServiceReplicas replicas = ServiceReplicas.single().with(Service.BOOKING, 2);

        assertThat(replicas.of(Service.BOOKING)).isEqualTo(2);
        assertThat(replicas.of(Service.EVENT)).isEqualTo(1);
        assertThat(replicas.all()).contains(new ReplicaId(Service.BOOKING, 1)).hasSize(Service.values().length + 1);
        assertThatThrownBy(() -> replicas.with(Service.TICKET, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replicas.with(Service.GATEWAY, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
