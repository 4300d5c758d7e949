package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ServiceProcessSpecTest {

    private static final Path JAVA = Path.of("/opt/jdk-25/bin/java");
    private static final Path ROOT = Path.of("/work/checkout");
    private static final SuitePorts PORTS = SuitePorts.defaults();
    private static final SuiteWiring WIRING = new SuiteWiring(PORTS, "127.0.0.1:9092",
            new DatabaseConnection("jdbc:postgresql://127.0.0.1:15432/ticketing", "postgres", "db-secret"), Map.of(),
            new SmtpEndpoint("127.0.0.1", 3025),
            new SuiteSecrets(Map.of(Service.EVENT, "event-client-secret-123",
                    Service.NOTIFICATION, "notification-client-secret-123"), "signing-key-encryption-key", "pass-key-encryption-key",
                    "unsubscribe-secret", "message-sealing-key",
                    "webhook-secret-key"),
            new AdminAccount("admin@ticketing.local", "Adm1n-Passw0rd", true));
    private static final SuiteOptions OPTIONS = SuiteOptions.isolated(ROOT, ROOT.resolve(".local/logs"))
            .withPorts(PORTS);

    @Test
    void aThrowAwaySuiteWithADataDirectoryTrainsNoAotCache() {
        // the chaos run keeps its data only for as long as it runs: a cache would never be used
        ServiceProcessSpec spec = ServiceProcessSpec.of(Service.BOOKING,
                OPTIONS.withDataDirectory(ROOT.resolve("chaos-data")), WIRING, JAVA, "0.1.0-SNAPSHOT");

        assertThat(spec.aotCache()).isEmpty();
        assertThat(spec.command()).endsWith("-jar",
                "/work/checkout/booking-service/target/extracted/booking-service-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void runsTheServiceJarUnpackedBesideItsBuildOnTheGivenJavaWithTheJvmOptionsOfAThrowAwaySuite() {
        ServiceProcessSpec spec = ServiceProcessSpec.of(Service.BOOKING, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT");

        assertThat(spec.command()).containsExactly("/opt/jdk-25/bin/java",
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", "/work/checkout/booking-service/target/extracted/booking-service-0.1.0-SNAPSHOT.jar");
        assertThat(spec.jar()).isEqualTo(Path.of("/work/checkout/booking-service/target/booking-service-0.1.0-SNAPSHOT.jar"));
        assertThat(spec.workingDirectory()).isEqualTo(ROOT);
        assertThat(spec.logFile()).isEqualTo(Path.of("/work/checkout/.local/logs/booking-service.log"));
        assertThat(spec.readinessUrl()).isEqualTo(URI.create("http://127.0.0.1:8083/actuator/health/readiness"));
    }

    @Test
    void everyServiceLearnsWhereTheInfrastructureAndIdentityAre() {
        for (Service service : Service.values()) {
            ServiceProcessSpec spec = ServiceProcessSpec.of(service, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT");

            assertThat(spec.environment())
                    .containsEntry("SERVER_PORT", Integer.toString(PORTS.of(service)))
                    .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                    .containsEntry("TICKETING_DB_URL", "jdbc:postgresql://127.0.0.1:15432/ticketing")
                    .containsEntry("TICKETING_DB_USER", "postgres")
                    .containsEntry("TICKETING_DB_PASSWORD", "db-secret")
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                    .containsEntry("SMTP_HOST", "127.0.0.1")
                    .containsEntry("SMTP_PORT", "3025")
                    .containsEntry("TICKETING_JWT_ISSUER", "http://localhost:8081")
                    .containsEntry("TICKETING_JWKS_URI", "http://127.0.0.1:8081/.well-known/jwks.json")
                    .containsEntry("TICKETING_WEB_BASE_URL", "http://localhost:8080")
                    .containsEntry("TICKETING_CORS_ALLOWED_ORIGINS", "http://localhost:8080,http://127.0.0.1:8080")
                    .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        }
    }

    @Test
    void theCallersOfInternalEndpointsGetTheirClientSecretsAndIdentityKnowsEachOne() {
        Map<String, String> event = ServiceProcessSpec.of(Service.EVENT, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment();
        Map<String, String> notification =
                ServiceProcessSpec.of(Service.NOTIFICATION, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment();
        Map<String, String> identity = ServiceProcessSpec.of(Service.IDENTITY, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment();

        assertThat(event).containsEntry("TICKETING_SERVICE_CLIENT_SECRET", "event-client-secret-123")
                .containsEntry("IDENTITY_URL", "http://127.0.0.1:8081");
        assertThat(notification).containsEntry("TICKETING_SERVICE_CLIENT_SECRET", "notification-client-secret-123")
                .containsEntry("IDENTITY_URL", "http://127.0.0.1:8081");
        assertThat(identity).containsEntry("TICKETING_EVENT_CLIENT_SECRET", "event-client-secret-123")
                .containsEntry("TICKETING_NOTIFICATION_CLIENT_SECRET", "notification-client-secret-123")
                .doesNotContainKey("TICKETING_SERVICE_CLIENT_SECRET");
        for (Service other : List.of(Service.BOOKING, Service.TICKET, Service.ANALYTICS, Service.GATEWAY)) {
            assertThat(ServiceProcessSpec.of(other, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment())
                    .as(other + " calls no internal endpoint").doesNotContainKeys("TICKETING_SERVICE_CLIENT_SECRET",
                            "TICKETING_EVENT_CLIENT_SECRET", "TICKETING_NOTIFICATION_CLIENT_SECRET");
        }
    }

    @Test
    void aServiceWithARoleOfItsOwnConnectsAsThatRole() {
        DatabaseConnection bookingRole =
                new DatabaseConnection("jdbc:postgresql://127.0.0.1:15432/ticketing", "ticketing_booking", "booking-secret");
        SuiteWiring wiring = new SuiteWiring(PORTS, "127.0.0.1:9092", WIRING.database(),
                Map.of(Service.BOOKING, bookingRole), WIRING.smtp(), WIRING.secrets(), WIRING.admin());

        assertThat(ServiceProcessSpec.of(Service.BOOKING, OPTIONS, wiring, JAVA, "0.1.0-SNAPSHOT").environment())
                .containsEntry("TICKETING_DB_USER", "ticketing_booking")
                .containsEntry("TICKETING_DB_PASSWORD", "booking-secret");
        assertThat(ServiceProcessSpec.of(Service.EVENT, OPTIONS, wiring, JAVA, "0.1.0-SNAPSHOT").environment())
                .containsEntry("TICKETING_DB_USER", "postgres");
    }

    @Test
    void eachServiceGetsOnlyTheKeysItKeepsItsSecretsUnder() {
        assertThat(ServiceProcessSpec.of(Service.IDENTITY, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment())
                .containsEntry("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", "signing-key-encryption-key")
                .doesNotContainKeys("TICKETING_PASS_KEY_ENCRYPTION_KEY", "NOTIFICATION_UNSUBSCRIBE_SECRET",
                        "TICKETING_WEBHOOK_SECRET_KEY");
        assertThat(ServiceProcessSpec.of(Service.TICKET, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment())
                .containsEntry("TICKETING_PASS_KEY_ENCRYPTION_KEY", "pass-key-encryption-key")
                .doesNotContainKeys("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", "NOTIFICATION_UNSUBSCRIBE_SECRET",
                        "TICKETING_WEBHOOK_SECRET_KEY");
        assertThat(ServiceProcessSpec.of(Service.NOTIFICATION, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment())
                .containsEntry("NOTIFICATION_UNSUBSCRIBE_SECRET", "unsubscribe-secret")
                .containsEntry("TICKETING_WEBHOOK_SECRET_KEY", "webhook-secret-key")
                .containsEntry("WEBHOOKS_ALLOW_INSECURE_TARGETS", "true")
                .doesNotContainKeys("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", "TICKETING_PASS_KEY_ENCRYPTION_KEY");
    }

    @Test
    void onlyTheServicesThatSealOrOpenSecretsInEventsGetTheMessageSealingKey() {
        for (Service service : Service.values()) {
            Map<String, String> environment =
                    ServiceProcessSpec.of(service, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment();
            if (Set.of(Service.IDENTITY, Service.TICKET, Service.NOTIFICATION).contains(service)) {
                assertThat(environment).as(service.name())
                        .containsEntry("TICKETING_MESSAGE_SEALING_KEY", "message-sealing-key");
            } else {
                assertThat(environment).as(service.name()).doesNotContainKey("TICKETING_MESSAGE_SEALING_KEY");
            }
        }
    }

    @Test
    void gatewayIsToldWhereEveryServiceListens() {
        ServiceProcessSpec gateway = ServiceProcessSpec.of(Service.GATEWAY, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT");

        assertThat(gateway.environment()).contains(
                Map.entry("IDENTITY_URL", "http://127.0.0.1:8081"),
                Map.entry("EVENT_URL", "http://127.0.0.1:8082"),
                Map.entry("BOOKING_URL", "http://127.0.0.1:8083"),
                Map.entry("TICKET_URL", "http://127.0.0.1:8084"),
                Map.entry("NOTIFICATION_URL", "http://127.0.0.1:8085"),
                Map.entry("ANALYTICS_URL", "http://127.0.0.1:8086"));
    }

    @Test
    void notificationServiceIsToldWhereTicketsComeFrom() {
        ServiceProcessSpec notification =
                ServiceProcessSpec.of(Service.NOTIFICATION, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT");

        assertThat(notification.environment()).containsEntry("TICKET_SERVICE_URL", "http://127.0.0.1:8084");
    }

    @Test
    void onlyIdentityServiceReceivesTheKeyItsSigningKeysAreEncryptedWith() {
        for (Service service : Service.values()) {
            Map<String, String> environment =
                    ServiceProcessSpec.of(service, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment();

            if (service == Service.IDENTITY) {
                assertThat(environment).containsEntry("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", "signing-key-encryption-key");
            } else {
                assertThat(environment).doesNotContainKey("TICKETING_SIGNING_KEY_ENCRYPTION_KEY");
            }
        }
    }

    @Test
    void onlyIdentityServiceReceivesTheAdminCredentials() {
        for (Service service : Service.values()) {
            Map<String, String> environment =
                    ServiceProcessSpec.of(service, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT").environment();

            if (service == Service.IDENTITY) {
                assertThat(environment).containsEntry("BOOTSTRAP_ADMIN_EMAIL", "admin@ticketing.local")
                        .containsEntry("BOOTSTRAP_ADMIN_PASSWORD", "Adm1n-Passw0rd");
            } else {
                assertThat(environment).doesNotContainKeys("BOOTSTRAP_ADMIN_EMAIL", "BOOTSTRAP_ADMIN_PASSWORD");
            }
        }
    }

    @Test
    void extraServiceEnvironmentOverridesTheLaunchersChoice() {
        SuiteOptions options = OPTIONS
                .withServiceEnvironment(Map.of("SMTP_PORT", "2525", "BOOKING_HOLD_MINUTES", "1"))
                .withServiceJvmOptions(List.of("-Xmx256m"));

        ServiceProcessSpec spec = ServiceProcessSpec.of(Service.BOOKING, options, WIRING, JAVA, "0.1.0-SNAPSHOT");

        assertThat(spec.environment()).containsEntry("SMTP_PORT", "2525").containsEntry("BOOKING_HOLD_MINUTES", "1");
        assertThat(spec.command()).containsSequence("/opt/jdk-25/bin/java", "-Xmx256m", "-jar");
    }

    @Test
    void processBuilderSendsOutputToTheLogFileOnTopOfTheInheritedEnvironment() {
        ServiceProcessSpec spec = ServiceProcessSpec.of(Service.TICKET, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT");

        ProcessBuilder builder = spec.toProcessBuilder();

        assertThat(builder.command()).isEqualTo(spec.command());
        assertThat(builder.redirectErrorStream()).isTrue();
        assertThat(builder.redirectOutput().file()).isEqualTo(spec.logFile().toFile());
        assertThat(builder.environment()).containsAllEntriesOf(spec.environment());
        System.getenv().keySet().stream()
                .filter(name -> !spec.environment().containsKey(name))
                .forEach(inherited -> assertThat(builder.environment()).containsKey(inherited));
    }

    @Test
    void onlyMailsAndFiguresRunBelowTheLauncher() {
        SuiteOptions lowered = OPTIONS.withBackgroundNiceness(10);

        for (Service service : Service.values()) {
            ProcessBuilder builder = ServiceProcessSpec.of(service, lowered, WIRING, JAVA, "0.1.0-SNAPSHOT")
                    .toProcessBuilder();
            if (Set.of(Service.NOTIFICATION, Service.ANALYTICS).contains(service)) {
                assertThat(builder.command()).as(service.moduleName()).startsWith("nice", "-n", "10", JAVA.toString());
            } else {
                assertThat(builder.command().getFirst()).as(service.moduleName()).isEqualTo(JAVA.toString());
            }
        }
    }

    @Test
    void aReplicaRunsAtTheNicenessOfTheFirstCopy() {
        ServiceProcessSpec first = ServiceProcessSpec.of(Service.NOTIFICATION, OPTIONS.withBackgroundNiceness(7), WIRING,
                JAVA, "0.1.0-SNAPSHOT");

        ServiceProcessSpec second = ReplicaSpecs.of(first, new ReplicaId(Service.NOTIFICATION, 1), 18085, true);

        assertThat(second.niceness()).isEqualTo(7);
    }

    @Test
    void descriptionNamesVariablesButHidesSecrets() {
        ServiceProcessSpec spec = ServiceProcessSpec.of(Service.IDENTITY, OPTIONS, WIRING, JAVA, "0.1.0-SNAPSHOT");

        assertThat(spec.toString()).contains("TICKETING_EVENT_CLIENT_SECRET", "BOOTSTRAP_ADMIN_PASSWORD")
                .doesNotContain("event-client-secret-123", "Adm1n-Passw0rd", "db-secret");
    }
}
