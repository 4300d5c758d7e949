package com.evently.ticketing.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The attendee's account in a real browser: the session survives a reload through the refresh-token cookie (which
 * Chromium keeps {@code HttpOnly; Secure; SameSite=Strict} on http://localhost and no script can read), the profile
 * changes the name, the mail choices and the password (the page keeps its session), and a sold-out line offers its
 * waiting list, whose offer is accepted from the page the offer mail links to and whose ticket is then transferred
 * from "My tickets". Feedback after a session is {@link OrganizerJourneyIT}'s, which outlives a brief session.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class AttendeeAccountJourneyIT {

    private static final String REFRESH_COOKIE = "__Secure-refresh-token";

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;
    private static UiBrowser ui;
    private static WebDriver browser;
    private static PublicApi api;
    private static String adminToken;

    @BeforeAll
    static void start(LocalSuite sharedSuite) throws Exception {
        suite = sharedSuite;
        URI gatewayUrl = suite.gatewayUrl();
        ui = UiBrowser.start(gatewayUrl, "attendee-account");
        browser = ui.driver();
        api = new PublicApi(gatewayUrl);
        adminToken = api.logIn(suite.adminEmail(), suite.adminPassword());
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void aReloadKeepsTheSessionFromItsCookieAndTheProfileChangesNameAndMailChoices() throws Exception {
        String email = "ui-profile-" + UUID.randomUUID() + "@example.com";
        String password = "ui-profile-secret";
        api.register(email, password, "Paula Profile");
        ui.logIn(email, password);

        // a reload starts the page afresh: the access token was in its memory only, the cookie brings the session back
        browser.navigate().refresh();
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-logout")));
        assertRefreshCookieOutOfScriptsReach();

        ui.click(By.id("nav-profile"));
        ui.waitFor().until(ExpectedConditions.attributeToBe(By.id("profile-email"), "value", email));
        assertThat(browser.findElement(By.id("profile-name")).getAttribute("value")).isEqualTo("Paula Profile");
        ui.photograph("profile");

        ui.type(By.id("profile-name"), "Paula Renamed");
        ui.click(By.id("profile-submit"));
        ui.awaitText(By.id("banner"), "Your profile was saved.");
        String token = api.logIn(email, password);
        assertThat(api.getJson("/api/v1/users/me", token).path("name").asString()).isEqualTo("Paula Renamed");

        WebElement reminders = browser.findElement(By.id("pref-reminders"));
        assertThat(reminders.isSelected()).isTrue();
        reminders.click();
        ui.click(By.id("preferences-submit"));
        ui.awaitText(By.id("banner"), "Your mail choices were saved.");
        JsonNode preferences = api.getJson("/api/v1/notifications/preferences", token);
        assertThat(preferences.path("reminders").asBoolean(true)).isFalse();
        assertThat(preferences.path("eventChanges").asBoolean(false)).isTrue();

        // a new password ends every session of the account; the page signs in afresh, so its own session goes on
        ui.type(By.id("password-current"), password);
        ui.type(By.id("password-new"), "ui-profile-new-secret");
        ui.click(By.id("password-submit"));
        ui.awaitText(By.id("banner"), "Your password was changed.");
        api.logIn(email, "ui-profile-new-secret");

        // typed into the address bar: the profile page itself, reloaded, still signed in and showing the new name
        ui.open("/profile");
        ui.waitFor().until(ExpectedConditions.attributeToBe(By.id("profile-name"), "value", "Paula Renamed"));

        ui.click(By.id("nav-logout"));
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        // logging out revoked the session and dropped the cookie: a reload stays signed out
        ui.open("/profile");
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(refreshCookies()).isEmpty();

        assertThat(ui.accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aSoldOutLineOffersItsWaitingListWhoseOfferIsAcceptedFromTheMailsPageAndTheTicketTransferred() throws Exception {
        String title = "Waiting list journey " + PublicApi.uniqueWord();
        String eventId = api.createAndPublish(adminToken, title,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(60).truncatedTo(ChronoUnit.HOURS), 1);
        api.awaitSeats(eventId, 1);
        JsonNode event = api.getJson("/api/v1/events/" + eventId, null);
        String buyerEmail = "ui-buyer-" + UUID.randomUUID() + "@example.com";
        api.register(buyerEmail, "ui-buyer-secret", "Bea Buyer");
        String buyerToken = api.logIn(buyerEmail, "ui-buyer-secret");
        String buyersBooking = api.book(buyerToken, event, 1);
        api.awaitSeats(eventId, 0);

        String email = "ui-waiter-" + UUID.randomUUID() + "@example.com";
        String password = "ui-waiter-secret";
        api.register(email, password, "Walt Waiter");
        ui.logIn(email, password);
        ui.open("/events/" + eventId);
        ui.awaitText(By.id("availability"), "sold out");
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("waitlist-form")));
        assertThat(browser.findElement(By.id("booking-form")).isDisplayed()).isFalse();
        ui.click(By.id("waitlist-submit"));
        ui.awaitText(By.id("banner"), "You are number 1 on the waiting list");
        ui.awaitText(By.id("waitlist-entries"), "number 1 in line");
        ui.photograph("event-waitlist");

        // the buyer gives the seat back: it is held for the first in line, whom a mail sends to the offer's page
        api.postJson("/api/v1/bookings/" + buyersBooking + "/cancel", buyerToken, Map.of(), 200);
        String waiterToken = api.logIn(email, password);
        String offerId = awaitOffer(eventId, waiterToken);
        ui.open("/waitlist-offers/" + offerId);
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-accept")));
        ui.photograph("waitlist-offer");
        ui.click(By.id("offer-accept"));
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        assertThat(ui.text(By.id("booking-title"))).isEqualTo(title);
        Matcher booking = Pattern.compile("/bookings/([0-9a-f-]{36})").matcher(browser.getCurrentUrl());
        assertThat(booking.find()).isTrue();
        String ticketId = api.awaitTickets(waiterToken, booking.group(1), 1).path(0).path("id").asString();

        // the calendar file of the booking
        ui.click(By.id("booking-calendar"));
        assertThat(ui.awaitDownload("booking-")).contains("BEGIN:VCALENDAR").contains(title);

        // my tickets: the ticket goes to a friend
        String friend = "ui-friend-" + UUID.randomUUID() + "@example.com";
        ui.click(By.id("nav-tickets"));
        WebElement ticket = ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".held-ticket")));
        assertThat(ticket.getText()).contains(title).contains("VALID");
        ui.photograph("my-tickets");
        ticket.findElement(By.cssSelector("button.ticket-transfer")).click();
        ui.type(By.cssSelector(".held-ticket .transfer-email"), friend);
        ui.type(By.cssSelector(".held-ticket .transfer-name"), "Fred Friend");
        ui.photograph("ticket-transfer");
        ui.click(By.cssSelector(".held-ticket .transfer-submit"));
        ui.awaitText(By.id("banner"), "The ticket now belongs to " + friend);
        assertThat(api.getJson("/api/v1/tickets/" + ticketId, waiterToken).path("status").asString()).isEqualTo("REVOKED");

        ui.click(By.id("nav-logout"));
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        assertThat(ui.accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
    }

    /** The offer is made in the cancellation's transaction; the waiter sees it at once. */
    private static String awaitOffer(String eventId, String token) throws Exception {
        return new WebDriverWait(browser, PublicApi.PROPAGATION).until(driver -> {
            try {
                JsonNode offers = api.getJson("/api/v1/events/" + eventId + "/waitlist", token).path("offers");
                return offers.isEmpty() ? null : offers.path(0).path("id").asString();
            } catch (Exception e) {
                return null;
            }
        });
    }

    /** Chromium kept the cookie as identity set it, out of reach of the page's scripts and storage. */
    private static void assertRefreshCookieOutOfScriptsReach() {
        assertThat(refreshCookies()).singleElement().satisfies(cookie -> {
            assertThat(cookie.get("httpOnly")).isEqualTo(true);
            assertThat(cookie.get("secure")).isEqualTo(true);
            assertThat(cookie.get("sameSite")).isEqualTo("Strict");
            assertThat(cookie.get("path")).isEqualTo("/api/v1/auth");
        });
        assertThat((String) ui.script("return document.cookie")).doesNotContain(REFRESH_COOKIE);
        String storage = (String) ui.script("return JSON.stringify(Object.assign({}, localStorage, sessionStorage))");
        assertThat(storage).as("web storage").doesNotContain("eyJ").doesNotContainIgnoringCase("token");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> refreshCookies() {
        Map<String, Object> all = ((ChromeDriver) browser).executeCdpCommand("Network.getAllCookies", Map.of());
        return ((List<Map<String, Object>>) all.get("cookies")).stream()
                .filter(cookie -> REFRESH_COOKIE.equals(cookie.get("name")))
                .toList();
    }
}
