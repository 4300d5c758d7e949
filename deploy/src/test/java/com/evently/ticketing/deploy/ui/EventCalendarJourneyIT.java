package com.evently.ticketing.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An attendee browses the events page in a real browser: finds two events by a word, switches to the month
 * calendar, goes to the month of one event and finds its session on its day at its time in the event's time zone,
 * opens it and comes back to the same month; then narrows the list by venue, found under "More filters", and a reload
 * keeps the narrowed search (the address holds it) with those filters unfolded. Photographed at a phone's width (the calendar as a list of days) and a desktop's.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class EventCalendarJourneyIT {

    private static final ZoneId EVENT_ZONE = ZoneId.of("Europe/Lisbon"); // PublicApi's events are in Lisbon
    private static final int MONTHS_TO_CLICK_AT_MOST = 4;

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static UiBrowser ui;
    private static WebDriver browser;
    private static PublicApi api;
    private static String adminToken;

    @BeforeAll
    static void start(LocalSuite suite) throws Exception {
        ui = UiBrowser.start(suite.gatewayUrl(), "event-calendar");
        browser = ui.driver();
        api = new PublicApi(suite.gatewayUrl());
        adminToken = api.logIn(suite.adminEmail(), suite.adminPassword());
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void attendeeFindsASessionOnItsDayInTheMonthCalendarAndNarrowsTheListByVenue() throws Exception {
        String word = PublicApi.uniqueWord();
        String inPorto = "Calendar journey " + word + " in Porto";
        String inLisbon = "Calendar journey " + word + " in Lisbon";
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).truncatedTo(ChronoUnit.DAYS).withHour(18);
        String portoId = api.createAndPublish(adminToken, inPorto, "Hall B, Porto", startsAt, 10);
        api.createAndPublish(adminToken, inLisbon, "Teatro Tivoli, Lisbon", startsAt.plusDays(3), 10);
        ZonedDateTime local = startsAt.atZoneSameInstant(EVENT_ZONE);

        // a shared link with a search in it shows that search
        ui.open("/events?q=" + word);
        ui.waitFor().until(page -> word.equals(page.findElement(By.id("search-q")).getDomProperty("value")));
        awaitResults(List.of(inPorto, inLisbon), List.of());

        ui.click(By.id("view-calendar"));
        String month = local.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        ui.waitFor().until(page -> !shownMonth().isEmpty()); // this month's, first
        for (int clicks = 0; !month.equals(shownMonth()); clicks++) {
            assertThat(clicks).as("months clicked towards %s", month).isLessThan(MONTHS_TO_CLICK_AT_MOST);
            String before = shownMonth();
            ui.click(By.id("calendar-next"));
            ui.waitFor().until(page -> !before.equals(shownMonth()));
        }
        assertThat(browser.getCurrentUrl()).contains("view=calendar").contains("month=" + month).contains("q=" + word);
        By day = By.cssSelector("#calendar td[data-date='" + local.toLocalDate() + "']");
        ui.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(day, inPorto));
        // the session's time in Lisbon, however the browser's language writes a time
        assertThat(ui.text(day).replace('\u202f', ' ')).contains(inPorto).containsAnyOf(
                local.format(DateTimeFormatter.ofPattern("HH:mm")) + " · Day 1",
                local.format(DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH)) + " · Day 1");
        // only that day lists the session
        assertThat(browser.findElements(By.xpath("//table[@id='calendar']//td[.//a[normalize-space()='" + inPorto + "']]")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("calendar-month")).getText()).isNotBlank();
        ui.script("arguments[0].scrollIntoView()", browser.findElement(By.id("calendar-view")));
        ui.photograph("events-calendar");
        // a phone gets the days that have sessions as a list instead of the grid
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            WebElement listed = ui.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#calendar-days li[data-date='" + local.toLocalDate() + "']")));
            assertThat(listed.getText()).contains(inPorto);
            assertThat(browser.findElement(By.id("calendar")).isDisplayed()).isFalse();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        browser.findElement(day).findElement(By.linkText(inPorto)).click();
        ui.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-title"), inPorto));
        assertThat(browser.getCurrentUrl()).endsWith("/events/" + portoId);
        browser.navigate().back();
        ui.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(day, inPorto));
        assertThat(shownMonth()).isEqualTo(month);

        // back to the list, narrowed by one more filter, which is folded under "More filters" while none is in use
        ui.click(By.id("view-list"));
        awaitResults(List.of(inPorto, inLisbon), List.of());
        assertThat(moreFiltersOpen()).isFalse();
        assertThat(browser.findElement(By.id("search-venue")).isDisplayed()).isFalse();
        assertThat(ui.text(By.id("search-more-summary"))).isEqualTo("More filters");
        ui.click(By.id("search-more-summary"));
        ui.type(By.id("search-venue"), "Lisbon");
        assertThat(ui.text(By.id("search-more-summary"))).isEqualTo("More filters (1 in use)");
        ui.click(By.id("search-submit"));
        awaitResults(List.of(inLisbon), List.of(inPorto));
        assertThat(browser.getCurrentUrl()).contains("venue=Lisbon").contains("q=" + word);
        // a reload keeps the search, and unfolds the filters because one of them is in use
        browser.navigate().refresh();
        ui.waitFor().until(page -> "Lisbon".equals(page.findElement(By.id("search-venue")).getDomProperty("value")));
        awaitResults(List.of(inLisbon), List.of(inPorto));
        ui.waitFor().until(page -> moreFiltersOpen());
        assertThat(browser.findElement(By.id("search-venue")).isDisplayed()).isTrue();
        ui.script("arguments[0].scrollIntoView()", browser.findElement(By.id("search-form")));
        ui.photograph("events-filtered");
        // a link that uses none of them leaves them folded
        ui.open("/events?q=" + word);
        awaitResults(List.of(inPorto, inLisbon), List.of());
        assertThat(moreFiltersOpen()).isFalse();

        assertThat(ui.accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
    }

    private static boolean moreFiltersOpen() {
        return "true".equals(browser.findElement(By.id("search-more")).getDomProperty("open"));
    }

    private static String shownMonth() {
        String month = browser.findElement(By.id("calendar")).getDomAttribute("data-month");
        return month == null ? "" : month;
    }

    /** Waits until the list shows these titles and none of those. */
    private static void awaitResults(List<String> shown, List<String> hidden) {
        // the list is drawn anew when an answer comes: a card read while it goes is read again
        ui.waitFor().ignoring(StaleElementReferenceException.class).until(page -> {
            List<String> titles = page.findElements(By.cssSelector("#results .event-link")).stream()
                    .map(WebElement::getText).toList();
            return titles.containsAll(shown) && hidden.stream().noneMatch(titles::contains);
        });
    }
}
