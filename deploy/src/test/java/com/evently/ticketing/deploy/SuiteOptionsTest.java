package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteOptionsTest {

    @TempDir
    Path repositoryRoot;

    @Test
    void localRunKeepsDataAndLogsInTheGitIgnoredLocalFolderOnDefaultPorts() {
        SuiteOptions options = SuiteOptions.localRun(repositoryRoot, Map.of());

        assertThat(options.dataDirectory()).contains(repositoryRoot.resolve(".local"));
        assertThat(options.logDirectory()).isEqualTo(repositoryRoot.resolve(".local/logs"));
        assertThat(options.ports()).isEqualTo(SuitePorts.defaults());
        assertThat(options.readinessTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.external()).isEqualTo(ExternalInfrastructure.none());
        assertThat(options.admin().email()).isEqualTo("admin@ticketing.local");
        // the local run is what load tests measure: the full JIT, as in production
        assertThat(options.serviceJvmOptions()).doesNotContain("-XX:TieredStopAtLevel=1");
        // a load test's mails must not fill the launcher's heap, which Kafka shares
        assertThat(options.mailsKept()).hasValue(SuiteOptions.LOCAL_RUN_MAILS_KEPT);
    }

    @Test
    void localRunRemembersTheGeneratedAdminPasswordForTheKeptDatabase() throws Exception {
        SuiteOptions first = SuiteOptions.localRun(repositoryRoot, Map.of());
        SuiteOptions second = SuiteOptions.localRun(repositoryRoot, Map.of());

        assertThat(first.admin().passwordGenerated()).isTrue();
        assertThat(second.admin().password()).isEqualTo(first.admin().password());
        Path passwordFile = repositoryRoot.resolve(".local/admin-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
    }

    @Test
    void adminFromTheEnvironmentWinsAndIsNotWrittenDown() {
        SuiteOptions options = SuiteOptions.localRun(repositoryRoot, Map.of(
                "BOOTSTRAP_ADMIN_EMAIL", "boss@example.org", "BOOTSTRAP_ADMIN_PASSWORD", "chosen-by-me"));

        assertThat(options.admin()).isEqualTo(new AdminAccount("boss@example.org", "chosen-by-me", false));
        assertThat(repositoryRoot.resolve(".local/admin-password")).doesNotExist();
    }

    @Test
    void generatedPasswordsAreLongMixedAndDifferentEachTime() {
        String first = AdminAccount.generated().password();
        String second = AdminAccount.generated().password();

        assertThat(first).hasSize(20).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*")
                .matches(".*[-_.~].*").matches("[A-Za-z0-9_.~-]+");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void externalInfrastructureIsReadFromTheServicesOwnVariables() {
        ExternalInfrastructure external = ExternalInfrastructure.fromEnvironment(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.internal:9092",
                "TICKETING_DB_URL", "jdbc:postgresql://db.internal:5432/ticketing",
                "TICKETING_DB_PASSWORD", "s3cret",
                "SMTP_HOST", "mail.internal"));

        assertThat(external.kafkaBootstrapServers()).contains("kafka.internal:9092");
        assertThat(external.database()).contains(
                new DatabaseConnection("jdbc:postgresql://db.internal:5432/ticketing", "postgres", "s3cret"));
        assertThat(external.smtp()).contains(new SmtpEndpoint("mail.internal", 25));
    }

    @Test
    void blankVariablesMeanStartItLocally() {
        ExternalInfrastructure external = ExternalInfrastructure.fromEnvironment(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", " ", "TICKETING_DB_URL", "", "SMTP_HOST", "", "SMTP_PORT", "2525"));

        assertThat(external).isEqualTo(ExternalInfrastructure.none());
    }

    @Test
    void rejectsAnSmtpPortThatIsNotANumber() {
        assertThatThrownBy(() -> ExternalInfrastructure.fromEnvironment(Map.of("SMTP_HOST", "mail", "SMTP_PORT", "abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_PORT");
    }

    @Test
    void databaseConnectionNeverPrintsItsPassword() {
        DatabaseConnection connection = new DatabaseConnection("jdbc:postgresql://db/ticketing", "app", "s3cret");

        assertThat(connection.toString()).contains("jdbc:postgresql://db/ticketing").doesNotContain("s3cret");
        assertThat(new AdminAccount("a@b.c", "s3cret", false).toString()).doesNotContain("s3cret");
    }

    @Test
    void launcherReadsAReadinessTimeoutFromTheEnvironment() {
        SuiteOptions options = LocalLauncher.optionsFor(repositoryRoot,
                Map.of("RUN_LOCAL_READINESS_TIMEOUT_SECONDS", "300"));

        assertThat(options.readinessTimeout()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void localRunLowersTheBackgroundServicesUnlessTheEnvironmentSaysOtherwise() {
        assertThat(LocalLauncher.optionsFor(repositoryRoot, Map.of()).backgroundNiceness())
                .isEqualTo(SuiteOptions.LOCAL_RUN_BACKGROUND_NICENESS).isPositive();
        assertThat(LocalLauncher.optionsFor(repositoryRoot, Map.of("RUN_LOCAL_BACKGROUND_NICENESS", "0"))
                .backgroundNiceness()).isZero();
        assertThat(LocalLauncher.optionsFor(repositoryRoot, Map.of("RUN_LOCAL_BACKGROUND_NICENESS", " 5 "))
                .backgroundNiceness()).isEqualTo(5);
        // a throw-away suite's checks wait on mails and figures: nothing there runs below the rest
        assertThat(SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs")).backgroundNiceness()).isZero();
    }

    @Test
    void launcherRefusesANicenessOutsideWhatNiceAccepts() {
        assertThatThrownBy(() -> LocalLauncher.optionsFor(repositoryRoot, Map.of("RUN_LOCAL_BACKGROUND_NICENESS", "20")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RUN_LOCAL_BACKGROUND_NICENESS");
        assertThatThrownBy(() -> LocalLauncher.optionsFor(repositoryRoot, Map.of("RUN_LOCAL_BACKGROUND_NICENESS", "low")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'low'");
    }

    @Test
    void isolatedSuitesShareNothing() {
        SuiteOptions first = SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs"));
        SuiteOptions second = SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs"));

        assertThat(first.dataDirectory()).isEqualTo(Optional.empty());
        assertThat(first.ports()).isNotEqualTo(SuitePorts.defaults()).isNotEqualTo(second.ports());
        assertThat(first.admin().password()).isNotEqualTo(second.admin().password());
        // their checks read every mail
        assertThat(first.mailsKept()).isEmpty();
    }

    @Test
    void portsMustAllDiffer() {
        assertThatThrownBy(() -> new SuitePorts(8080, 8080, 8082, 8083, 8084, 8085, 8086, 9092, 9093, 15432, 3025, 3143))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every port must be different");
    }
}
