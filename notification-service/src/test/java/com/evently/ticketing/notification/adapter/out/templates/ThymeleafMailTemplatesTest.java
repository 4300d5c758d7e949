package com.evently.ticketing.notification.adapter.out.templates;

import com.evently.ticketing.notification.domain.BookingCancellation;
import com.evently.ticketing.notification.domain.CancellationCause;
import com.evently.ticketing.notification.domain.EventChange;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.EventHolder;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.MailContent;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.WebhookDisabling;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.domain.SessionReminder;
import com.evently.ticketing.notification.domain.ClaimToken;
import com.evently.ticketing.notification.domain.TicketReturn;
import com.evently.ticketing.notification.domain.TicketTransfer;
import com.evently.ticketing.notification.domain.WaitlistOffer;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.notification.domain.Welcome;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.bookingCancellation;
import static com.evently.ticketing.notification.testing.Occasions.bookingChange;
import static com.evently.ticketing.notification.testing.Occasions.bookingConfirmation;
import static com.evently.ticketing.notification.testing.Occasions.jazzNight;
import static com.evently.ticketing.notification.testing.Occasions.passwordResetRequest;
import static com.evently.ticketing.notification.testing.Occasions.waitlistOffer;
import static org.assertj.core.api.Assertions.assertThat;

/** The templates alone: every kind renders its facts, in English and German, with nothing left unresolved. */
class ThymeleafMailTemplatesTest {

    private static final WebUi WEB_UI = new WebUi(URI.create("https://tickets.example.com/"));

    private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();

    @Test
    void aReminderSaysHowSoonInMinutesHoursOrDaysAsTheLeadReads() {
        UUID id = UUID.randomUUID();
        Recipient ada = new Recipient("ada@example.com", "Ada Lovelace");
        HeldBooking booking = new HeldBooking(id, id, ada, id, id, 1, Instant.now(), jazzNight());
        URI unsubscribe = URI.create("https://tickets.example.com/u");

        assertThat(bodies(templates.render(new SessionReminder(booking, Duration.ofMinutes(30))
                .notice(Locale.ENGLISH, unsubscribe).letter()))).allSatisfy(body ->
                assertThat(body).contains("Jazz Night starts in about 30 minutes."));
        assertThat(bodies(templates.render(new SessionReminder(booking, Duration.ofMinutes(90))
                .notice(Locale.ENGLISH, unsubscribe).letter()))).allSatisfy(body ->
                assertThat(body).contains("Jazz Night starts in about 2 hours."));
        assertThat(bodies(templates.render(new SessionReminder(booking, Duration.ofDays(3))
                .notice(Locale.GERMAN, unsubscribe).letter()))).allSatisfy(body ->
                assertThat(body).contains("Jazz Night beginnt in etwa 3 Tagen."));
    }

    @Test
    void aTimeZoneChangeGivesTheHoldersNextSessionOnBothClocks() {
        UUID id = UUID.randomUUID();
        Recipient ada = new Recipient("ada@example.com", "Ada Lovelace");
        EventHolder holder = new EventHolder(id, ada, "Blue Hall", ZoneId.of("Europe/Lisbon"), "Evening show",
                Instant.parse("2027-03-01T19:30:00Z"));

        EventChange zoneOnly = EventChange.toldTo(holder, id, 3, "Jazz Night", "Blue Hall", ZoneId.of("Europe/Berlin"))
                .orElseThrow();
        MailContent mail = templates.render(zoneOnly.notice(id, ada, Locale.ENGLISH,
                URI.create("https://tickets.example.com/u")).letter());

        assertThat(mail.subject()).isEqualTo("Jazz Night: session times are now given in another time zone");
        assertThat(bodies(mail)).allSatisfy(body -> assertThat(body)
                .contains("the times of Jazz Night are now given in the time zone Europe/Berlin.",
                        "Evening show starts Monday 1 March 2027, 20:30 (Europe/Berlin); you were told "
                                + "Monday 1 March 2027, 19:30 (Europe/Lisbon) before.")
                .doesNotContain("takes place at"));

        EventChange both = EventChange.toldTo(holder, id, 4, "Jazz Night", "Red Hall", ZoneId.of("Europe/Berlin"))
                .orElseThrow();
        MailContent german = templates.render(both.notice(id, ada, Locale.GERMAN,
                URI.create("https://tickets.example.com/u")).letter());
        assertThat(german.subject()).isEqualTo("Jazz Night findet an einem anderen Ort und in einer anderen Zeitzone statt");
        assertThat(bodies(german)).allSatisfy(body -> assertThat(body).contains("Red Hall", "Europe/Berlin",
                "20:30 Uhr (Europe/Berlin)", "19:30 Uhr (Europe/Lisbon)"));

        assertThat(EventChange.toldTo(holder, id, 5, "Jazz Night, renamed", "Blue Hall", ZoneId.of("Europe/Lisbon")))
                .as("only a new title: nothing a holder must act on").isEmpty();
    }

    @Test
    void aCancellationByTheBuyerNamesTheBookingAndSaysItsTicketsStopWorking() {
        UUID bookingId = UUID.randomUUID();

        MailContent mail = templates.render(bookingCancellation(bookingId, CancellationCause.BUYER)
                .notice(Locale.ENGLISH).letter());

        assertThat(mail.subject()).isEqualTo("Your booking for Jazz Night is cancelled");
        for (String body : bodies(mail)) {
            assertThat(body).contains("Hello Ada Lovelace,", "your booking is cancelled, as you asked.", "Jazz Night",
                    "Saturday 14 March 2026, 19:30 (Europe/Berlin)", "Blue Hall", "Standing", bookingId.toString(),
                    "no longer admit anyone", "Evently Tickets");
        }
        assertThat(mail.plainText()).contains("Event: Jazz Night\n", "Tickets: 2\n");
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">");
    }

    @Test
    void anEventCancellationSaysTheEventWasCalledOffWithTheOrganizersReasonAndNamesNoBooking() {
        UUID bookingId = UUID.randomUUID();
        BookingCancellation cancelled = bookingCancellation(bookingId, CancellationCause.EVENT_CANCELLED);
        BookingCancellation withReason = new BookingCancellation(bookingId, cancelled.buyerId(), cancelled.buyer(),
                cancelled.eventId(), 2, CancellationCause.EVENT_CANCELLED, "The band is ill", cancelled.event());

        MailContent mail = templates.render(withReason.notice(Locale.ENGLISH).letter());

        assertThat(mail.subject()).isEqualTo("Jazz Night is cancelled");
        for (String body : bodies(mail)) {
            assertThat(body).contains("Jazz Night has been called off by its organizer",
                    "The organizer says: The band is ill").doesNotContain(bookingId.toString());
        }
    }

    @Test
    void aChangedBookingSaysWhatItHoldsNowAndThatNewTicketsComeInTheirOwnMail() {
        MailContent mail = templates.render(bookingChange(UUID.randomUUID(), 1).notice(Locale.ENGLISH).letter());

        assertThat(mail.subject()).isEqualTo("Your booking for Jazz Night has changed");
        for (String body : bodies(mail)) {
            assertThat(body).contains("You now hold 3 tickets (before: 2).",
                    "they arrive in a separate mail with the tickets PDF attached")
                    .doesNotContain("stopped working");
        }
    }

    @Test
    void anOfferLinksToTheOfferPageAndStatesTheDeadlineInTheEventsTimeZone() {
        UUID offerId = UUID.randomUUID();
        String link = "https://tickets.example.com/waitlist-offers/" + offerId;

        MailContent mail = templates.render(waitlistOffer(offerId).notice(WEB_UI, Locale.ENGLISH).letter());

        assertThat(mail.subject()).isEqualTo("A place at Jazz Night is waiting for you");
        assertThat(mail.plainText()).contains("2 seats came free and are held for you", link,
                "held for you until Tuesday 10 March 2026, 12:00 (Europe/Berlin)");
        assertThat(mail.html()).contains("<a href=\"" + link + "\">Accept the offer</a>",
                "until Tuesday 10 March 2026, 12:00 (Europe/Berlin)");
    }

    @Test
    void germanLettersAreWrittenInGermanWithGermanDates() {
        MailContent mail = templates.render(waitlistOffer(UUID.randomUUID()).notice(WEB_UI, Locale.GERMAN).letter());

        assertThat(mail.subject()).isEqualTo("Ein Platz bei Jazz Night wartet auf Sie");
        for (String body : bodies(mail)) {
            assertThat(body).contains("Hallo Ada Lovelace,", "2 Plätze sind frei geworden",
                    "Dienstag, 10. März 2026, 12:00 Uhr (Europe/Berlin)");
        }
        assertThat(mail.html()).contains("<html lang=\"de\">", "Angebot annehmen</a>");
    }

    @Test
    void everyKindHasItsTemplatesInEnglishAndGerman() {
        UUID id = UUID.randomUUID();
        Recipient ada = new Recipient("ada@example.com", "Ada Lovelace");
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            List<Notice> notices = new ArrayList<>(List.of(
                    bookingConfirmation(id).notice(language),
                    passwordResetRequest(id).notice(ResetPage.under(URI.create("https://tickets.example.com")),
                            ZoneId.of("UTC"), language),
                    bookingChange(id, 1).notice(language),
                    bookingCancellation(id, CancellationCause.BUYER).notice(language),
                    bookingCancellation(id, CancellationCause.EVENT_CANCELLED).notice(language),
                    waitlistOffer(id).notice(WEB_UI, language),
                    new SessionReminder(new HeldBooking(id, id, ada, id, id, 1, Instant.now(), jazzNight()),
                            Duration.ofHours(24)).notice(language, URI.create("https://tickets.example.com/u")),
                    new EventChange(id, 2, "Jazz Night", "Blue Hall", "Red Hall", null, null, null, null)
                            .notice(id, ada, language, URI.create("https://tickets.example.com/u")),
                    new Welcome(id, ada).notice(WEB_UI, language),
                    new WaitlistOffer(id, id, ada, 2, Instant.parse("2026-03-10T11:00:00Z"), jazzNight())
                            .lapseNotice(WEB_UI, language),
                    new WebhookDisabling(id, id, ada, URI.create("https://partner.example.com/hooks"),
                            "HTTP 503", Instant.parse("2026-03-10T11:00:00Z")).notice(WEB_UI, language)));
            notices.addAll(new TicketTransfer(id, ada, new Recipient("bob@example.com", null), jazzNight(), null)
                    .notices(WEB_UI, language));
            notices.add(new TicketReturn(id, ada, "bob@example.com", jazzNight()).notice(WEB_UI, language));
            assertThat(notices).extracting(notice -> notice.letter().kind()).containsExactlyInAnyOrder(MailKind.values());
            for (Notice notice : notices) {
                MailContent mail = templates.render(notice.letter());
                assertThat(mail.subject()).as("%s in %s", notice.letter().kind(), language).isNotBlank();
                assertThat(mail.plainText()).as("%s in %s", notice.letter().kind(), language)
                        .startsWith(language == Locale.GERMAN ? "Hallo" : "Hello").contains("Evently Tickets");
                assertThat(mail.html()).contains("<html lang=\"" + language.getLanguage() + "\">");
            }
        }
    }

    @Test
    void theNewHoldersMailLinksToTheClaimPageInEveryLanguageWhenTheTicketAwaitsItsClaim() {
        ClaimToken token = new ClaimToken("k3Qx9fJ2mP0aB7cD1eF4gH6iJ8kL0mN2oP4qR6sT8uV");
        String link = "https://tickets.example.com/tickets/claim?token=" + token.value();
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Notice received = new TicketTransfer(UUID.randomUUID(), new Recipient("bea@example.com", "Bea"),
                    new Recipient("ada@example.com", "Ada"), jazzNight(), token).notices(WEB_UI, language).getFirst();

            MailContent mail = templates.render(received.letter());

            assertThat(mail.plainText()).as("%s", language).contains(link).doesNotContain("bea@example.com");
            assertThat(mail.html()).as("%s", language).contains("href=\"" + link + "\"");
        }
    }

    @Test
    void anExpiredOfferSaysTheSeatsWentOnAndWhenInTheEventsTimeZone() {
        Recipient ada = new Recipient("ada@example.com", "Ada Lovelace");
        WaitlistOffer expired = new WaitlistOffer(UUID.randomUUID(), UUID.randomUUID(), ada, 2,
                Instant.parse("2026-03-10T11:00:00Z"), jazzNight());

        MailContent english = templates.render(expired.lapseNotice(WEB_UI, Locale.ENGLISH).letter());
        MailContent german = templates.render(expired.lapseNotice(WEB_UI, Locale.GERMAN).letter());

        assertThat(english.subject()).isEqualTo("Your waiting-list offer for Jazz Night has expired");
        assertThat(english.plainText()).contains("the 2 seats held for you from the waiting list were not booked by "
                + "Tuesday 10 March 2026, 12:00 (Europe/Berlin)", "Evening show", "https://tickets.example.com");
        assertThat(german.subject()).isEqualTo("Ihr Angebot von der Warteliste für Jazz Night ist abgelaufen");
        for (String body : bodies(german)) {
            assertThat(body).contains("Hallo Ada Lovelace,", "die 2 Plätze, die von der Warteliste für Sie "
                    + "reserviert waren, wurden bis Dienstag, 10. März 2026, 12:00 Uhr (Europe/Berlin) nicht gebucht");
        }
    }

    @Test
    void aDisabledWebhookNamesTheEndpointTheLastErrorAndHowToEnableItAgain() {
        UUID subscriptionId = UUID.randomUUID();
        WebhookDisabling disabling = new WebhookDisabling(subscriptionId, UUID.randomUUID(),
                new Recipient("org@example.com", "Olga Organizer"), URI.create("https://partner.example.com/hooks"),
                "HTTP 503: <b>down</b>", Instant.parse("2026-03-10T11:00:00Z"));

        MailContent mail = templates.render(disabling.notice(WEB_UI, Locale.ENGLISH).letter());

        assertThat(mail.subject()).isEqualTo("Your webhook subscription was disabled");
        assertThat(mail.plainText()).contains("Hello Olga Organizer,", "https://partner.example.com/hooks",
                "HTTP 503: <b>down</b>", "Tuesday 10 March 2026, 11:00 (Z)",
                "POST https://tickets.example.com/api/v1/webhooks/" + subscriptionId + "/enable",
                "GET https://tickets.example.com/api/v1/webhooks/" + subscriptionId + "/deliveries");
        assertThat(mail.html()).contains("HTTP 503: &lt;b&gt;down&lt;/b&gt;").doesNotContain("<b>down");
        assertThat(templates.render(disabling.notice(WEB_UI, Locale.GERMAN).letter()).subject())
                .isEqualTo("Ihr Webhook-Abonnement wurde deaktiviert");
    }

    @Test
    void writesInEnglishAndGermanOnly() {
        assertThat(templates.writesIn(Locale.ENGLISH)).isTrue();
        assertThat(templates.writesIn(Locale.GERMAN)).isTrue();
        assertThat(templates.writesIn(Locale.forLanguageTag("de"))).isTrue();
        assertThat(templates.writesIn(Locale.JAPANESE)).isFalse();
        assertThat(templates.writesIn(Locale.forLanguageTag("fr"))).isFalse();
    }

    @Test
    void aLanguageWithoutTemplatesOfItsOwnFallsBackToEnglish() {
        MailContent mail = templates.render(bookingChange(UUID.randomUUID(), 1).notice(Locale.JAPANESE).letter());

        assertThat(mail.subject()).isEqualTo("Your booking for Jazz Night has changed");
    }

    @Test
    void namesAndTitlesFromOtherServicesCannotBecomeMarkup() {
        UUID bookingId = UUID.randomUUID();
        BookingCancellation hostile = new BookingCancellation(bookingId, UUID.randomUUID(),
                new Recipient("eve@example.com", "<script>alert(1)</script>"), UUID.randomUUID(), 1,
                CancellationCause.ADMIN, "<b>because</b>",
                new EventDetails("Rock & <b>Roll</b>", null, null, null, null, null));

        MailContent mail = templates.render(hostile.notice(Locale.ENGLISH).letter());

        assertThat(mail.html()).doesNotContain("<script>", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Rock &amp; &lt;b&gt;Roll&lt;/b&gt;");
        assertThat(mail.plainText()).contains("Rock & <b>Roll</b>", "Reason given: <b>because</b>");
    }

    @Test
    void unknownDetailsAreLeftOutAndAnUnnamedReaderIsStillGreeted() {
        BookingCancellation sparse = new BookingCancellation(UUID.randomUUID(), UUID.randomUUID(),
                new Recipient("bob@example.com", null), UUID.randomUUID(), 1, CancellationCause.RSVP_DECLINED, null,
                null);

        MailContent mail = templates.render(sparse.notice(Locale.ENGLISH).letter());

        assertThat(mail.subject()).isEqualTo("Your booking for your event is cancelled");
        assertThat(mail.plainText()).startsWith("Hello there,\n").doesNotContain("Event:", "Venue:", "Reason");
    }

    private static List<String> bodies(MailContent mail) {
        return List.of(mail.plainText(), mail.html());
    }
}
