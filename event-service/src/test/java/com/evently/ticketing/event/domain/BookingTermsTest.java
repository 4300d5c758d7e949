package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingTermsTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void keepsTermsWithinTheirBoundsAndLeavesTheRestToBooking() {
        BookingTerms terms = new BookingTerms(Duration.ofDays(90), Duration.ofMinutes(5));

        assertThat(terms.cancellationCutoff()).isEqualTo(Duration.ofDays(90));
        assertThat(terms.waitlistOfferLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(new BookingTerms(Duration.ZERO, Duration.ofDays(7))).isNotNull();
        assertThat(new EventDetails("Java Day", null, null, LISBON).bookingTerms()).isEqualTo(BookingTerms.DEFAULTS);
    }

    @Test
    void refusesANegativeTooLongOrSubMinuteCutoff() {
        assertThatThrownBy(() -> new BookingTerms(Duration.ofMinutes(-1), null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new BookingTerms(Duration.ofDays(90).plusMinutes(1), null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new BookingTerms(Duration.ofSeconds(90), null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesAnOfferLifetimeOutsideItsBounds() {
        assertThatThrownBy(() -> new BookingTerms(null, Duration.ZERO)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new BookingTerms(null, Duration.ofMinutes(5).minusSeconds(1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new BookingTerms(null, Duration.ofDays(7).plusSeconds(1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPublishedEventsNewTermsAreAnAnnouncedChangeOfItsDetails() {
        EventDetails details = new EventDetails("Java Day", null, "Hall A", LISBON);
        Event event = Event.draft(UUID.randomUUID(), details,
                List.of(Session.plan("Day 1", Instant.parse("2027-03-01T09:00:00Z"),
                        Instant.parse("2027-03-01T17:00:00Z"))),
                List.of(TicketType.offer("Standard", new Money(new BigDecimal("25.00"),
                        Currency.getInstance("EUR")), 100, null)),
                Instant.parse("2026-01-01T00:00:00Z"));
        event.publish(Instant.parse("2026-01-02T00:00:00Z"));
        BookingTerms terms = new BookingTerms(Duration.ofHours(24), Duration.ofMinutes(45));
        EventDetails withTerms = new EventDetails("Java Day", null, "Hall A", LISBON, null, terms);

        assertThat(event.revise(withTerms, event.sessions(), event.ticketTypes(), Instant.parse("2026-01-03T00:00:00Z")))
                .hasValueSatisfying(updated -> assertThat(updated.details().bookingTerms()).isEqualTo(terms));
        assertThat(event.revise(withTerms, event.sessions(), event.ticketTypes(), Instant.parse("2026-01-04T00:00:00Z")))
                .as("the same terms again are no change").isEmpty();
    }

    @Test
    void aCopyKeepsTheTermsAlsoUnderANewTitle() {
        BookingTerms terms = new BookingTerms(Duration.ofHours(2), Duration.ofHours(1));
        Event original = Event.draft(UUID.randomUUID(), new EventDetails("Java Day", null, null, LISBON, null, terms),
                List.of(Session.plan("Day 1", Instant.parse("2027-03-01T09:00:00Z"),
                        Instant.parse("2027-03-01T17:00:00Z"))),
                List.of(TicketType.offer("Standard", new Money(new BigDecimal("25.00"),
                        Currency.getInstance("EUR")), 100, null)),
                Instant.parse("2026-01-01T00:00:00Z"));

        Event copy = original.copyAsDraft(UUID.randomUUID(), "Java Day II", Rescheduling.parse("P7D"),
                Instant.parse("2026-01-02T00:00:00Z"));

        assertThat(copy.details().bookingTerms()).isEqualTo(terms);
    }
}
