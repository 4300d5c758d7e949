package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.notification.application.port.out.BookingCalendars;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The booking confirmation's .ics beside the PDF: built from the booking this service holds (from BookingConfirmed),
 * sent through GreenMail's real SMTP server and parsed back with ical4j.
 */
class BookingCalendarMailTest extends NotificationServiceIntegrationTest {

    @Autowired
    BookingCalendars bookingCalendars;

    @Test
    void theConfirmationCarriesTheBookingsCalendarEntryBesideThePdf() throws Exception {
        Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
        BookingConfirmed confirmed = confirmed(startsAt);
        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, confirmed.bookingId().toString(),
                payloadOf(EventTypes.BOOKING_CONFIRMED, confirmed));
        await().atMost(PATIENCE).until(() -> holds(confirmed.bookingId()));

        TicketsIssued issued = ticketsIssuedFor(confirmed);
        TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(),
                payloadOf(EventTypes.TICKETS_ISSUED, issued));

        List<Part> parts = leafParts(awaitOneMailTo(confirmed.buyerEmail()));
        single(parts, "application/pdf");
        Part ics = single(parts, "text/calendar");
        assertThat(ics.getFileName()).isEqualTo("booking-" + confirmed.bookingId() + ".ics");
        Calendar calendar = new CalendarBuilder().build(ics.getInputStream());
        List<VEvent> entries = calendar.getComponents("VEVENT");
        assertThat(entries).hasSize(1);
        VEvent entry = entries.getFirst();
        assertThat(Instant.from(entry.getDateTimeStart().getDate())).isEqualTo(startsAt);
        assertThat(Instant.from(entry.getDateTimeEnd().getDate())).isEqualTo(startsAt.plus(Duration.ofHours(2)));
        assertThat(value(entry, Property.UID)).isEqualTo(confirmed.bookingId() + "@bookings.evently.dev");
        assertThat(value(entry, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(entry, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(entry, Property.SUMMARY)).isEqualTo("Jazz Night — Evening show");
        assertThat(value(entry, Property.LOCATION)).isEqualTo("Blue Hall");
        assertThat(value(entry, Property.DESCRIPTION)).contains("Standing", "2 seats");
        assertThat(entry.getProperties(Property.DTSTAMP)).as("one DTSTAMP, as RFC 5545 allows").hasSize(1);
    }

    @Test
    void aBookingThisServiceDoesNotHoldStillGetsItsTicketsWithoutACalendar() throws Exception {
        BookingConfirmed unknown = confirmed(Instant.now().plus(Duration.ofDays(20)));
        TicketsIssued issued = ticketsIssuedFor(unknown);

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(),
                payloadOf(EventTypes.TICKETS_ISSUED, issued));

        List<Part> parts = leafParts(awaitOneMailTo(unknown.buyerEmail()));
        single(parts, "application/pdf");
        for (Part part : parts) {
            assertThat(part.getContentType()).doesNotContain("text/calendar");
        }
    }

    @Test
    void theCalendarFollowsTheHeldBookingThroughAChangeAndACancellation() throws Exception {
        BookingConfirmed confirmed = confirmed(Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES));
        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, confirmed.bookingId().toString(),
                payloadOf(EventTypes.BOOKING_CONFIRMED, confirmed));
        await().atMost(PATIENCE).until(() -> holds(confirmed.bookingId()));
        Instant laterStart = confirmed.event().sessionStartsAt().plus(Duration.ofDays(1));
        BookingConfirmed.EventSnapshot laterShow = new BookingConfirmed.EventSnapshot("Jazz Night", "Blue Hall",
                "Europe/Berlin", "Late show", laterStart, laterStart.plus(Duration.ofHours(3)), "Standing",
                new Money("25.00", "EUR"));
        BookingChanged moved = new BookingChanged(confirmed.bookingId(), 1, confirmed.userId(), confirmed.buyerEmail(),
                confirmed.buyerName(), confirmed.eventId(),
                new BookingChanged.Line(confirmed.sessionId(), confirmed.ticketTypeId(), 2),
                new BookingChanged.Line(UUID.randomUUID(), confirmed.ticketTypeId(), 1),
                confirmed.seatIds(), List.of(), List.of(), laterShow, confirmed.userId(), Instant.now());

        TestEventBus.publish(EventTypes.BOOKING_CHANGED, moved.bookingId().toString(),
                payloadOf(EventTypes.BOOKING_CHANGED, moved));
        await().atMost(PATIENCE).until(() -> "1".equals(value(calendarEntryOf(confirmed.bookingId()), Property.SEQUENCE)));

        VEvent changed = calendarEntryOf(confirmed.bookingId());
        assertThat(Instant.from(changed.getDateTimeStart().getDate())).isEqualTo(laterStart);
        assertThat(value(changed, Property.UID)).isEqualTo(confirmed.bookingId() + "@bookings.evently.dev");
        assertThat(value(changed, Property.DESCRIPTION)).contains("1 seat");

        BookingCancelled cancelled = new BookingCancelled(confirmed.bookingId(), confirmed.userId(),
                confirmed.buyerEmail(), confirmed.buyerName(), confirmed.eventId(), moved.current().sessionId(),
                confirmed.ticketTypeId(), 1, confirmed.seatIds(), BookingCancelled.Cause.BUYER, null,
                confirmed.userId(), laterShow, Instant.now());
        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, cancelled.bookingId().toString(),
                payloadOf(EventTypes.BOOKING_CANCELLED, cancelled));

        await().atMost(PATIENCE).until(() ->
                "CANCELLED".equals(value(calendarEntryOf(confirmed.bookingId()), Property.STATUS)));
    }

    private VEvent calendarEntryOf(UUID bookingId) throws Exception {
        Attachment ics = bookingCalendars.calendarOf(bookingId).orElseThrow();
        assertThat(ics.mediaType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.content()));
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    private boolean holds(UUID bookingId) {
        return jdbc.sql("SELECT count(*) FROM held_booking WHERE booking_id = :booking")
                .param("booking", bookingId).query(Long.class).single() == 1;
    }

    private static BookingConfirmed confirmed(Instant startsAt) {
        UUID userId = UUID.randomUUID();
        return new BookingConfirmed(UUID.randomUUID(), userId, "holder-" + UUID.randomUUID() + "@example.com",
                "Ada Lovelace", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 2,
                List.of(UUID.randomUUID(), UUID.randomUUID()),
                new BookingConfirmed.EventSnapshot("Jazz Night", "Blue Hall", "Europe/Berlin", "Evening show", startsAt,
                        startsAt.plus(Duration.ofHours(2)), "Standing", new Money("25.00", "EUR")),
                Instant.now());
    }

    private static TicketsIssued ticketsIssuedFor(BookingConfirmed confirmed) {
        BookingConfirmed.EventSnapshot event = confirmed.event();
        return new TicketsIssued(confirmed.bookingId(), confirmed.userId(), confirmed.buyerEmail(), confirmed.buyerName(),
                confirmed.eventId(), event.title(), event.venue(), event.timeZone(), event.sessionName(),
                event.sessionStartsAt(), event.ticketTypeName(),
                List.of(SealedSecrets.issuedTicket(),
                        SealedSecrets.issuedTicket()),
                Instant.now());
    }

    private static String value(VEvent entry, String property) {
        return entry.getProperty(property).orElseThrow().getValue();
    }
}
