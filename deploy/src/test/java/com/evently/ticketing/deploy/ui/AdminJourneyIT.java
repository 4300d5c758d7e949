package com.evently.ticketing.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.evently.ticketing.deploy.LocalSuite;
import com.evently.ticketing.deploy.ServiceLogsOnFailure;
import com.evently.ticketing.deploy.SharedSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * An administrator in a real browser: finds a new account (with the language its mails are written in), makes it an
 * organizer (who then finds the organizer's pages after logging in), and looks through the audit log, the mail log
 * (resending a mail) and every event.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class AdminJourneyIT {

    private static final String PASSWORD = "ui-admin-journey-secret";

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;
    private static UiBrowser ui;
    private static PublicApi api;

    @BeforeAll
    static void start(LocalSuite sharedSuite) throws Exception {
        suite = sharedSuite;
        ui = UiBrowser.start(suite.gatewayUrl(), "admin");
        api = new PublicApi(suite.gatewayUrl());
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void adminPromotesAUserToOrganizerAndLooksThroughTheLogs() throws Exception {
        String email = "ui-promoted-" + UUID.randomUUID() + "@example.com";
        String userId = api.register(email, PASSWORD, "Paula Promoted");
        // she reads her mails in German: the admin's list says so
        api.patchJson("/api/v1/users/me", api.logIn(email, PASSWORD), Map.of("language", "de"));

        ui.logIn(suite.adminEmail(), suite.adminPassword());
        openFromAdminMenu("nav-admin-users");
        ui.awaitText(By.id("users-title"), "Users");

        ui.type(By.id("user-q"), email);
        ui.click(By.id("user-search"));
        By row = By.id("user-" + userId);
        ui.awaitText(row, email);
        assertThat(ui.driver().findElement(row).findElement(By.cssSelector(".user-roles")).getText()).isEqualTo("USER");
        assertThat(ui.driver().findElement(row).findElement(By.cssSelector(".user-language")).getText()).isEqualTo("Deutsch");
        ui.photograph("admin-users");

        WebElement organizer = ui.driver().findElement(row).findElement(By.cssSelector("input[value='ORGANIZER']"));
        organizer.click();
        assertThat(organizer.isSelected()).isTrue();
        ui.driver().findElement(row).findElement(By.cssSelector("button.user-save")).click();
        ui.awaitText(By.id("banner"), "ORGANIZER");
        ui.awaitText(By.cssSelector("#user-" + userId + " .user-roles"), "ORGANIZER");

        // the account has the role: listed so, and its next login carries it into the page
        String adminToken = api.logIn(suite.adminEmail(), suite.adminPassword());
        JsonNode listed = api.getJson("/api/v1/users?q=" + email.replace("@", "%40"), adminToken).path("items").path(0);
        assertThat(listed.path("id").asString()).isEqualTo(userId);
        assertThat(listed.path("roles").toString()).contains("ORGANIZER");

        openFromAdminMenu("nav-admin-audit");
        ui.awaitText(By.id("audit-title"), "Audit log");
        // the log is analytics-service's, fed through Kafka; asked again until it answers with entries
        ui.waitFor(PublicApi.PROPAGATION).until(page -> {
            ui.click(By.id("audit-search"));
            return ui.shows(By.id("audit-log"), "SUCCESS", Duration.ofSeconds(5));
        });
        ui.photograph("admin-audit-log");

        // the new account's welcome mail, sent again
        openFromAdminMenu("nav-admin-notifications");
        ui.type(By.id("mail-recipient"), email);
        ui.waitFor(PublicApi.PROPAGATION).until(page -> {
            ui.click(By.id("mail-search"));
            return ui.shows(By.id("mails"), email, Duration.ofSeconds(3));
        });
        ui.photograph("admin-mail-log");
        ui.click(By.cssSelector("#mails button.mail-resend"));
        ui.awaitText(By.id("banner"), "queued to be sent again");

        openFromAdminMenu("nav-admin-events");
        ui.awaitText(By.id("event-list-title"), "All events");
        ui.photograph("admin-events");

        ui.click(By.id("nav-logout"));
        ui.logIn(email, PASSWORD);
        ui.click(By.id("nav-organizer"));
        ui.awaitText(By.id("event-list-title"), "My events");
        assertThat(ui.driver().findElements(By.cssSelector("#nav-admin"))).allSatisfy(menu -> assertThat(menu.isDisplayed()).isFalse());

        assertThat(ui.accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
    }

    /** Through the menu, as a person would: opening the address anew would forget the access token kept in the page. */
    private static void openFromAdminMenu(String linkId) {
        ui.click(By.cssSelector("#nav-admin summary"));
        ui.click(By.id(linkId));
    }
}
