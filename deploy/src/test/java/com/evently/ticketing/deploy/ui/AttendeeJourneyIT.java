package com.evently.ticketing.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * An attendee in a real browser (Debian's chromium, headless), against the whole suite started from its jars: registers,
 * finds an event by searching, books two seats, sees the confirmation with the tickets, gets a ticket's PDF and QR
 * code, gives one seat back, cancels, and finds the booking in "My bookings"; and resets a forgotten password from
 * the mail's link. Each page is photographed at a phone's width and a desktop's into
 * {@code deploy/target/ui-screenshots/} (see {@link UiBrowser}). The session across reloads, the profile, the waiting
 * list, the calendar file and ticket transfers are {@link AttendeeAccountJourneyIT}'s.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class AttendeeJourneyIT {

    private static final Duration PROPAGATION = PublicApi.PROPAGATION;

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;
    private static URI gatewayUrl;
    private static String adminToken;
    private static UiBrowser ui;
    private static WebDriver browser;
    private static PublicApi api;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start(LocalSuite sharedSuite) throws Exception {
        suite = sharedSuite;
        gatewayUrl = suite.gatewayUrl();
        ui = UiBrowser.start(gatewayUrl, "attendee");
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
    void attendeeRegistersFindsAnEventBooksTwoSeatsGetsTheTicketPdfGivesOneBackAndCancels() throws Exception {
        String word = PublicApi.uniqueWord();
        String title = "Browser journey " + word;
        String eventId = createAndPublish(title, 10);
        awaitSeats(eventId, 10);

        String email = "ui-" + UUID.randomUUID() + "@example.com";
        String password = "ui-journey-secret";
        open("/register");
        photograph("register");
        type(By.id("register-name"), "Una Interface");
        type(By.id("register-email"), email);
        type(By.id("register-password"), password);
        click(By.id("register-submit"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-logout")));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-form")));

        type(By.id("search-q"), word);
        click(By.id("search-submit"));
        WebElement found = waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
        photograph("events-search");
        found.click();

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-title"), title));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("availability"), "10 left"));
        assertThat(text(By.id("availability"))).contains("Standard").contains("Day 1");
        photograph("event");
        WebElement quantity = browser.findElement(By.id("booking-quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        click(By.id("booking-submit"));

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        Matcher booking = Pattern.compile("/bookings/([0-9a-f-]{36})").matcher(browser.getCurrentUrl());
        assertThat(booking.find()).as("booking page url %s", browser.getCurrentUrl()).isTrue();
        String bookingId = booking.group(1);
        assertThat(text(By.id("booking-status"))).isEqualTo("CONFIRMED");
        assertThat(text(By.id("booking-quantity-value"))).isEqualTo("2");
        assertThat(text(By.id("booking-title"))).isEqualTo(title);

        List<WebElement> tickets = new WebDriverWait(browser, PROPAGATION)
                .until(driver -> {
                    List<WebElement> shown = driver.findElements(By.cssSelector("#tickets .ticket"));
                    return shown.size() == 2 ? shown : null;
                });
        photograph("booking-confirmed");

        tickets.getFirst().findElement(By.cssSelector("button.ticket-pdf")).click();
        WebElement pdfLink = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.ticket-pdf-ready")));
        // the page fetched the PDF with its access token and offers it from memory, as the ticket's PDF file
        assertThat(pdfLink.getAttribute("href")).startsWith("blob:");
        assertThat(pdfLink.getAttribute("download")).startsWith("ticket-").endsWith(".pdf");
        assertThat(pdfLink.getAttribute("type")).isEqualTo("application/pdf");

        // and the API answers the same ticket's PDF to the attendee
        String attendeeToken = logIn(email, password);
        JsonNode issued = getJson("/api/v1/tickets?bookingId=" + bookingId, attendeeToken);
        assertThat(issued.path("items").size()).isEqualTo(2);
        HttpResponse<byte[]> ticketPdf = HTTP.send(api.request("/api/v1/tickets/" + issued.path("items").path(0).path("id").asString()
                + "/pdf", attendeeToken).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ticketPdf.statusCode()).isEqualTo(200);
        assertThat(ticketPdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));

        // the QR code, fetched with the token too, is shown as a decoded image
        tickets.getFirst().findElement(By.xpath(".//button[normalize-space()='Show QR code']")).click();
        WebElement qr = waitFor().until(ExpectedConditions.visibilityOf(tickets.getFirst().findElement(By.tagName("img"))));
        waitFor().until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", qr)).intValue() > 0);
        assertThat(qr.getAttribute("src")).startsWith("blob:");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", qr);
        photograph("booking-tickets");
        awaitSeats(eventId, 8);

        // gives one seat back, then cancels the booking
        type(By.id("edit-quantity"), "1");
        click(By.id("edit-submit"));
        awaitSeats(eventId, 9);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("booking-history"), "CHANGED"));
        click(By.id("cancel-booking"));
        click(By.id("cancel-confirm"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("booking-history"), "CANCELLED"));
        awaitSeats(eventId, 10);
        // the page follows the tickets until ticket-service has voided them all
        new WebDriverWait(browser, PROPAGATION).until(driver -> {
            String shown = driver.findElement(By.id("tickets")).getText();
            return shown.contains("VOID") && !shown.contains("VALID");
        });
        photograph("booking-cancelled");
        // within the page: the access token lives in its memory only
        click(By.id("nav-bookings"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookings-title"), "My bookings"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "CANCELLED"));
        photograph("my-bookings");

        click(By.id("nav-logout"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        open("/login");
        photograph("login");
        open("/forgot-password");
        photograph("forgot-password");
        open("/reset-password?token=not-a-real-token");
        photograph("reset-password");

        assertThat(ui.accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void forgottenPasswordIsResetThroughThePageTheMailLinksTo() throws Exception {
        String email = "ui-reset-" + UUID.randomUUID() + "@example.com";
        api.register(email, "the-old-secret", "Rita Reset");

        open("/login");
        click(By.linkText("Forgot your password?"));
        type(By.id("forgot-email"), email);
        click(By.id("forgot-submit"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("banner"), "reset link is on its way"));

        URI link = awaitResetLink(email);
        assertThat(link.getPath()).isEqualTo("/reset-password");
        // the mail names the configured web address; the page is the gateway's either way
        browser.get(gatewayUrl.resolve(link.getRawPath() + "?" + link.getRawQuery()).toString());
        type(By.id("reset-password"), "the-new-secret");
        click(By.id("reset-submit"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("banner"), "password was changed"));

        type(By.id("login-email"), email);
        type(By.id("login-password"), "the-new-secret");
        click(By.id("login-submit"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-logout")));
        click(By.id("nav-logout"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
    }

    private static URI awaitResetLink(String email) throws Exception {
        Pattern link = Pattern.compile("https?://[^\\s\"<>]+/reset-password\\?token=[^\\s\"<>]+");
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        while (System.nanoTime() < deadline) {
            for (jakarta.mail.internet.MimeMessage message : suite.receivedMessages()) {
                boolean forThem = java.util.Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().contains(email));
                Matcher found = link.matcher(textOf(message));
                if (forThem && found.find()) {
                    return URI.create(found.group().replace("&amp;", "&"));
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no password reset mail reached " + email);
    }

    private static String textOf(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return content instanceof String text ? text : "";
    }

    // --- the browser and the API, shared with the other journeys ------------------------------------------------

    private static void open(String path) {
        ui.open(path);
    }

    private static WebDriverWait waitFor() {
        return ui.waitFor();
    }

    private static void type(By field, String value) {
        ui.type(field, value);
    }

    private static void click(By target) {
        ui.click(target);
    }

    private static String text(By target) {
        return ui.text(target);
    }

    private static void photograph(String page) throws IOException {
        ui.photograph(page);
    }

    private static String createAndPublish(String title, int capacity) throws Exception {
        return api.createAndPublish(adminToken, title,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(90).truncatedTo(ChronoUnit.HOURS), capacity);
    }

    private static void awaitSeats(String eventId, int available) throws Exception {
        api.awaitSeats(eventId, available);
    }

    private static String logIn(String email, String password) throws Exception {
        return api.logIn(email, password);
    }

    private static JsonNode getJson(String path, String token) throws Exception {
        return api.getJson(path, token);
    }
}
