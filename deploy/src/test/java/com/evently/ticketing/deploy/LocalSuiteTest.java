package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.evently.ticketing.deploy.fake.FakeServiceJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's orchestration, with tiny stand-ins for the service jars (the real ones are exercised by the
 * end-to-end tests): infrastructure, seven child JVMs, readiness, wiring and an orderly stop.
 */
@Timeout(180)
class LocalSuiteTest {

    @TempDir
    Path repositoryRoot;

    @Test
    void startsEveryServiceWiredToTheInfrastructureAndStopsEverythingOnClose() throws Exception {
        writeFakeServiceJars();
        SuiteOptions options = SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs"))
                .withServiceJvmOptions(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));

        try (LocalSuite suite = LocalSuite.start(options)) {
            Map<String, String> gateway = environmentOf(suite.gatewayUrl());
            assertThat(gateway).containsEntry("SERVER_PORT", Integer.toString(options.ports().gateway()))
                    .containsEntry("BOOKING_URL", suite.serviceUrl(Service.BOOKING).toString())
                    .doesNotContainKey("BOOTSTRAP_ADMIN_PASSWORD");

            Map<String, String> identity = environmentOf(suite.serviceUrl("identity-service"));
            assertThat(identity).containsEntry("BOOTSTRAP_ADMIN_EMAIL", suite.adminEmail())
                    .containsEntry("BOOTSTRAP_ADMIN_PASSWORD", suite.adminPassword())
                    .containsEntry("TICKETING_EVENT_CLIENT_SECRET", suite.serviceClientSecret(Service.EVENT));
            assertThat(environmentOf(suite.serviceUrl(Service.EVENT)))
                    .containsEntry("TICKETING_SERVICE_CLIENT_SECRET", suite.serviceClientSecret(Service.EVENT));

            Map<String, String> booking = environmentOf(suite.serviceUrl(Service.BOOKING));
            assertThat(booking).containsEntry("KAFKA_BOOTSTRAP_SERVERS", suite.kafkaBootstrapServers())
                    .containsEntry("TICKETING_DB_URL", suite.jdbcUrl())
                    .containsEntry("SMTP_PORT", Integer.toString(suite.smtpPort()));

            try (Connection connection = DriverManager.getConnection(
                    suite.jdbcUrl(), suite.database().user(), suite.database().password())) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThat(suite.logFile(Service.TICKET)).content().contains("fake service listening");
        }

        assertThat(options.ports().byName().values()).allSatisfy(port -> assertThat(isFree(port)).isTrue());
    }

    @Test
    void refusesToStartWhenServiceJarsAreMissing() {
        SuiteOptions options = SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs"));

        assertThatThrownBy(() -> LocalSuite.start(options))
                .isInstanceOf(SuiteStartupException.class)
                .hasMessageContaining("service jars missing")
                .hasMessageContaining(repositoryRoot.resolve("gateway/target").toString());
    }

    @Test
    void refusesToStartWhenAPortIsTaken() throws Exception {
        writeFakeServiceJars();
        SuiteOptions options = SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs"));

        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", options.ports().gateway()));

            assertThatThrownBy(() -> LocalSuite.start(options))
                    .isInstanceOf(SuiteStartupException.class)
                    .hasMessageContaining("ports already in use: [gateway " + options.ports().gateway() + "]");
        }
    }

    @Test
    void reportsAServiceThatDiesBeforeItIsReadyAndStopsTheOthers() throws Exception {
        writeFakeServiceJars();
        Files.writeString(jarOf(Service.BOOKING), "not a jar");
        // Nothing to start but the services: they never connect anywhere.
        ExternalInfrastructure unused = new ExternalInfrastructure(Optional.of("127.0.0.1:9"),
                Optional.of(new DatabaseConnection("jdbc:postgresql://127.0.0.1:9/ticketing", "postgres", "")),
                Optional.of(new SmtpEndpoint("127.0.0.1", 9)));
        SuiteOptions options = SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs")).withExternal(unused);

        assertThatThrownBy(() -> LocalSuite.start(options))
                .isInstanceOf(SuiteStartupException.class)
                .hasMessageContaining("booking-service exited with code 1 before it was ready")
                .hasMessageContaining(repositoryRoot.resolve("logs/booking-service.log").toString());

        assertThat(isFree(options.ports().gateway())).isTrue();
        assertThat(isFree(options.ports().identity())).isTrue();
    }

    private void writeFakeServiceJars() throws IOException {
        for (Service service : Service.values()) {
            FakeServiceJar.writeTo(jarOf(service));
        }
    }

    private Path jarOf(Service service) {
        return ServiceProcessSpec.jarOf(service, repositoryRoot, SuiteVersion.current());
    }

    private static Map<String, String> environmentOf(URI service) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = http.send(HttpRequest.newBuilder(service.resolve("/environment")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return body.lines()
                    .map(line -> line.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
