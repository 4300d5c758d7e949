package com.evently.ticketing.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * An organizer in a real browser: creates an event in the editor (first meeting the API's validation messages next to
 * the fields), publishes it after confirming, sees a buyer's sale in the analytics charts, exports the report and the
 * attendee list as CSV files, checks a ticket in on the scanner page by typing its code (ADMITTED, then
 * ALREADY_CHECKED_IN), and clones the event, publishes the copy and cancels it. The buyer books through the API, also a
 * seat of another event of the organizer's whose one session ends within minutes; once it has, the buyer rates it in
 * the browser and the organizer reads the rating and comment on that event's analytics page. The editor also sets
 * the event's reminder mails.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class OrganizerJourneyIT {

    private static final String PASSWORD = "ui-organizer-secret";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Long enough to book a seat before it starts; the rest of the journey takes longer than start and length. */
    private static final Duration BRIEF_SESSION_STARTS_IN = Duration.ofMinutes(2);
    private static final Duration BRIEF_SESSION_LENGTH = Duration.ofMinutes(1);

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;
    private static UiBrowser ui;
    private static PublicApi api;

    @BeforeAll
    static void start(LocalSuite sharedSuite) throws Exception {
        suite = sharedSuite;
        ui = UiBrowser.start(suite.gatewayUrl(), "organizer");
        api = new PublicApi(suite.gatewayUrl());
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void organizerCreatesPublishesSeesTheSaleExportsAttendeesAndChecksATicketInTwice() throws Exception {
        String organizerEmail = "ui-organizer-" + UUID.randomUUID() + "@example.com";
        String organizerId = api.register(organizerEmail, PASSWORD, "Olga Organizer");
        String adminToken = api.logIn(suite.adminEmail(), suite.adminPassword());
        api.patchJson("/api/v1/users/" + organizerId, adminToken, Map.of("roles", List.of("ORGANIZER")));
        String buyerEmail = "ui-buyer-" + UUID.randomUUID() + "@example.com";
        api.register(buyerEmail, PASSWORD, "Bruno Buyer");
        String buyerToken = api.logIn(buyerEmail, PASSWORD);

        // an event of the organizer's whose one session is over in a few minutes: the buyer books a seat now and rates
        // the session in the browser once it has ended, at the end of this journey
        String briefTitle = "Feedback journey " + PublicApi.uniqueWord();
        OffsetDateTime briefStart = OffsetDateTime.now(ZoneOffset.UTC).plus(BRIEF_SESSION_STARTS_IN).truncatedTo(ChronoUnit.SECONDS);
        Instant briefEnd = briefStart.plus(BRIEF_SESSION_LENGTH).toInstant();
        String briefId = api.createAndPublishBrief(api.logIn(organizerEmail, PASSWORD), briefTitle, briefStart,
                BRIEF_SESSION_LENGTH, 5);
        api.awaitSeats(briefId, 5);
        String briefBookingId = api.book(buyerToken, api.getJson("/api/v1/events/" + briefId, null), 1);

        ui.logIn(organizerEmail, PASSWORD);
        ui.click(By.id("nav-organizer"));
        ui.awaitText(By.id("event-list-title"), "My events");
        ui.click(By.id("new-event"));
        ui.awaitText(By.id("editor-title"), "New event");

        // the API's validation messages appear next to the fields they name
        ui.click(By.id("editor-save"));
        ui.waitFor().until(ExpectedConditions.attributeToBe(By.id("editor-title-input"), "aria-invalid", "true"));
        assertThat(fieldErrorAfter(By.id("editor-title-input"))).isNotBlank();
        assertThat(fieldErrorAfter(By.cssSelector(".session-starts"))).isNotBlank();
        ui.photograph("event-editor-invalid");

        // within the check-in window (24 h before a session), so that its tickets can be scanned today
        String title = "Organizer journey " + PublicApi.uniqueWord();
        ZonedDateTime startsAt = ZonedDateTime.now(LISBON).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        ui.type(By.id("editor-title-input"), title);
        ui.type(By.id("editor-description"), "Made in the browser");
        ui.type(By.id("editor-venue"), "Hall C, Lisbon");
        new Select(ui.driver().findElement(By.id("editor-time-zone"))).selectByValue("Europe/Lisbon");
        // reminders at the organizer's own times: the day before (offered) and, instead of two hours, thirty minutes
        ui.click(By.id("reminders-custom"));
        assertThat(ui.driver().findElement(By.cssSelector(".reminder-amount")).getDomProperty("value")).isEqualTo("1");
        assertThat(new Select(ui.driver().findElement(By.cssSelector(".reminder-unit"))).getFirstSelectedOption().getText())
                .isEqualTo("days");
        ui.type(By.xpath("(//input[contains(@class,'reminder-amount')])[2]"), "30");
        new Select(ui.driver().findElements(By.cssSelector(".reminder-unit")).get(1)).selectByValue("minutes");
        ui.setValue(ui.driver().findElement(By.cssSelector(".session-starts")), WALL_TIME.format(startsAt));
        ui.setValue(ui.driver().findElement(By.cssSelector(".session-ends")), WALL_TIME.format(startsAt.plusHours(8)));
        ui.type(By.cssSelector(".type-capacity"), "10");
        ui.click(By.id("editor-save"));
        ui.awaitText(By.id("banner"), "saved as a draft");
        assertThat(ui.text(By.id("editor-status"))).isEqualTo("DRAFT");
        // the saved reminders, read back from the API's answer, in the units they were given in
        assertThat(ui.driver().findElement(By.id("reminders-custom")).isSelected()).isTrue();
        assertThat(ui.driver().findElements(By.cssSelector(".reminder-amount")).get(1).getDomProperty("value")).isEqualTo("30");
        assertThat(new Select(ui.driver().findElements(By.cssSelector(".reminder-unit")).get(1)).getFirstSelectedOption()
                .getText()).isEqualTo("minutes");
        ui.script("arguments[0].scrollIntoView()", ui.driver().findElement(By.id("editor-reminders")));
        ui.photograph("event-editor-reminders");
        Matcher editorUrl = Pattern.compile("/organizer/events/([0-9a-f-]{36})$").matcher(ui.driver().getCurrentUrl());
        assertThat(editorUrl.find()).as("editor url %s", ui.driver().getCurrentUrl()).isTrue();
        String eventId = editorUrl.group(1);
        ui.photograph("event-editor");

        ui.click(By.id("editor-publish"));
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-confirm")));
        ui.photograph("event-publish-dialog");
        ui.click(By.id("dialog-confirm"));
        ui.awaitText(By.id("editor-status"), "PUBLISHED");
        ui.awaitText(By.id("banner"), "is published");

        JsonNode event = api.getJson("/api/v1/events/" + eventId, null);
        // the wall time typed for Lisbon reached the API as that instant
        assertThat(Instant.parse(event.path("sessions").path(0).path("startsAt").asString())).isEqualTo(startsAt.toInstant());
        assertThat(event.path("reminderLeads").toString()).isEqualTo("[\"PT24H\",\"PT30M\"]");
        api.awaitSeats(eventId, 10);
        String bookingId = api.book(buyerToken, event, 2);
        JsonNode tickets = api.awaitTickets(buyerToken, bookingId, 2);

        // the sale in the figures and in the charts' data (analytics follows through Kafka; the page refreshes)
        ui.click(By.id("event-nav-analytics"));
        ui.awaitText(By.id("analytics-title"), "Analytics");
        ui.waitFor(PublicApi.PROPAGATION).until(page -> "2".equals(page.findElement(By.id("figure-confirmed")).getText().trim()));
        ui.waitFor().until(page -> chartTotal("chart-sales", 0) == 2);
        assertThat(chartTotal("chart-occupancy", 0)).isEqualTo(20);
        assertThat(ui.text(By.id("figure-occupancy"))).startsWith("20");
        ui.photograph("analytics");

        ui.click(By.id("report-export"));
        ui.click(By.id("report-csv"));
        String report = ui.awaitDownload("report-");
        assertThat(report.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains("seats"));

        // attendees: searched, then exported as the CSV file the browser saves (the page is reached by its link: the
        // access token lives in the page's memory, which opening an address anew would forget)
        ui.click(By.id("event-nav-attendees"));
        ui.awaitText(By.id("attendees-title"), "Attendees");
        ui.waitFor(PublicApi.PROPAGATION).until(page -> {
            ui.click(By.id("attendee-search"));
            return ui.shows(By.id("attendee-count"), "2 seats", Duration.ofSeconds(5));
        });
        ui.type(By.id("attendee-q"), "Bruno");
        ui.click(By.id("attendee-search"));
        ui.awaitText(By.id("attendees"), buyerEmail);
        ui.photograph("attendees");
        ui.click(By.id("attendees-export"));
        ui.awaitText(By.id("attendees-csv"), "2 rows");
        ui.click(By.id("attendees-csv"));
        String attendees = ui.awaitDownload("attendees-");
        assertThat(attendees.lines().filter(line -> line.contains(buyerEmail))).hasSize(2);

        // the scanner: a typed code admits once, then says it was used
        ui.click(By.id("event-nav-scanner"));
        ui.awaitText(By.id("scanner-title"), "Check-in");
        ui.photograph("scanner");
        String qrPayload = tickets.path(0).path("qrPayload").asString();
        ui.type(By.id("scan-payload"), qrPayload);
        ui.click(By.id("scan-submit"));
        ui.waitFor().until(ExpectedConditions.attributeToBe(By.id("scan-result"), "data-result", "ADMITTED"));
        assertThat(ui.text(By.cssSelector("#scan-result .verdict-title"))).isEqualTo("ADMITTED");
        assertThat(ui.driver().findElement(By.id("scan-result")).getAttribute("class")).contains("verdict-admitted");
        ui.photograph("scanner-admitted");
        // again, from the keyboard alone
        WebElement payload = ui.driver().findElement(By.id("scan-payload"));
        payload.sendKeys(qrPayload, Keys.ENTER);
        ui.waitFor().until(ExpectedConditions.attributeToBe(By.id("scan-result"), "data-result", "ALREADY_CHECKED_IN"));
        assertThat(ui.text(By.cssSelector("#scan-result .verdict-title"))).isEqualTo("ALREADY CHECKED IN");
        assertThat(ui.driver().findElement(By.id("scan-result")).getAttribute("class")).contains("verdict-already");
        ui.photograph("scanner-already-checked-in");

        // my events in every status: this one published; a clone becomes a draft, which is then cancelled
        ui.click(By.id("nav-organizer"));
        By row = By.xpath("//table[@id='event-list']//tr[td/a[normalize-space()='" + title + "']]");
        ui.awaitText(row, "PUBLISHED");
        ui.photograph("organizer-events");
        ui.driver().findElement(row).findElement(By.xpath(".//button[normalize-space()='Clone']")).click();
        ui.type(By.id("clone-title"), title + " again");
        ui.click(By.id("dialog-confirm-clone"));
        ui.awaitText(By.id("editor-title"), title + " again");
        ui.awaitText(By.id("editor-status"), "DRAFT");
        ui.click(By.id("editor-publish"));
        ui.click(By.id("dialog-confirm"));
        ui.awaitText(By.id("editor-status"), "PUBLISHED");
        ui.click(By.id("editor-cancel"));
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-confirm-cancel")));
        ui.photograph("event-cancel-dialog");
        ui.click(By.id("dialog-confirm-cancel"));
        ui.awaitText(By.id("editor-status"), "CANCELLED");

        // feedback: once the brief session has ended, its buyer rates it on the booking's page ...
        awaitInstant(briefEnd.plusSeconds(1));
        ui.click(By.id("nav-logout"));
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        ui.logIn(buyerEmail, PASSWORD);
        ui.open("/bookings/" + briefBookingId);
        WebElement feedbackForm = ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-form")));
        new Select(ui.driver().findElement(By.id("feedback-rating"))).selectByValue("4");
        ui.type(By.id("feedback-comment"), "Short and sweet");
        ui.script("arguments[0].scrollIntoView()", feedbackForm);
        ui.photograph("booking-feedback");
        ui.click(By.id("feedback-submit"));
        ui.awaitText(By.id("banner"), "Thank you for your feedback!");
        ui.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("feedback-form")));

        // ... and the organizer reads it on the event's analytics page, without the buyer's name
        ui.click(By.id("nav-logout"));
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        ui.logIn(organizerEmail, PASSWORD);
        ui.click(By.id("nav-organizer"));
        By briefRow = By.xpath("//table[@id='event-list']//tr[td/a[normalize-space()='" + briefTitle + "']]");
        ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(briefRow));
        ui.driver().findElement(briefRow).findElement(By.linkText("Analytics")).click();
        ui.awaitText(By.id("feedback-summary"), "1 rating, 4 of 5 on average");
        assertThat(ui.text(By.id("feedback-comments"))).contains("Short and sweet").contains("4 of 5").contains("Warm-up")
                .doesNotContain("Bruno");
        assertThat(ui.text(By.id("feedback-ratings"))).contains("4 of 5 1");
        ui.script("arguments[0].scrollIntoView()", ui.driver().findElement(By.id("feedback")));
        ui.photograph("analytics-feedback");

        assertThat(ui.accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
    }

    private static void awaitInstant(Instant instant) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), instant);
        if (left.isPositive()) {
            Thread.sleep(left);
        }
    }

    /** The message shown under a field: the {@code small.field-error} of the label holding it. */
    private static String fieldErrorAfter(By field) {
        return ui.driver().findElement(field)
                .findElement(By.xpath("./following-sibling::small[contains(@class,'field-error')]")).getText().trim();
    }

    /** The sum of one data series of the chart drawn in a canvas, read from Chart.js itself. */
    private static long chartTotal(String canvasId, int dataset) {
        Object total = ui.script("""
                const chart = window.Chart && Chart.getChart(document.getElementById(arguments[0]));
                return chart ? chart.data.datasets[arguments[1]].data.reduce((sum, value) => sum + Number(value), 0) : -1;
                """, canvasId, dataset);
        return ((Number) total).longValue();
    }
}
