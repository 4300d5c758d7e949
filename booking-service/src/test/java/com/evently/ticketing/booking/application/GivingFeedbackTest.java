package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Feedbacks;
import com.evently.ticketing.booking.application.port.out.SeatHolders;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.booking.domain.FeedbackSummary;
import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GivingFeedbackTest {

    /** TestEvents' sessions run on 2026-06-01 from 09:00 to 17:00 UTC. */
    static final Instant AFTER_THE_SESSION = Instant.parse("2026-06-01T17:00:00Z");

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final InMemoryFeedbacks feedbacks = new InMemoryFeedbacks();
    final Buyer buyer = aBuyer();
    Booking booking;

    @BeforeEach
    void placeABooking() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        booking = core.placingBooking().place(booking(buyer, aKey(), event, 2)).booking();
    }

    /** Nobody was transferred a seat: the buyer holds them all. */
    SeatHolders seatHolders = (booking, email, buyer) -> buyer;

    GivingFeedback givingFeedbackAt(Instant now) {
        return new GivingFeedback(core.transactions, core.bookings, core.eventSnapshots, feedbacks, seatHolders,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void whoeverATicketWasTransferredToRatesOnceBesideTheBuyer() {
        seatHolders = (id, email, buyer) -> buyer || email.equals("bob@example.com");
        UUID bob = UUID.randomUUID();
        GivingFeedback givingFeedback = givingFeedbackAt(AFTER_THE_SESSION);

        givingFeedback.give(new GiveFeedbackCommand(booking.id(), bob, "bob@example.com", 5, "Loved it"));
        givingFeedback.give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", 3, null));

        assertThatThrownBy(() -> givingFeedback.give(new GiveFeedbackCommand(booking.id(), bob, "bob@example.com", 1, null)))
                .isInstanceOf(FeedbackAlreadyGivenConflict.class);
        assertThatThrownBy(() -> givingFeedback.give(
                new GiveFeedbackCommand(booking.id(), UUID.randomUUID(), "eve@example.com", 1, null)))
                .isInstanceOf(BookingNotFound.class);
    }

    @Test
    void buyerRatesTheSessionOnceItEnded() {
        Feedback given = givingFeedbackAt(AFTER_THE_SESSION)
                .give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", 4, "  Great talks  "));

        assertThat(given.rating()).isEqualTo(4);
        assertThat(given.comment()).isEqualTo("Great talks");
        assertThat(given.line()).isEqualTo(booking.line());
        assertThat(given.givenAt()).isEqualTo(AFTER_THE_SESSION);
        assertThat(feedbacks.rows).containsOnlyKeys(List.of(booking.id(), buyer.userId()));
    }

    @Test
    void blankCommentIsStoredAsNone() {
        Feedback given = givingFeedbackAt(AFTER_THE_SESSION)
                .give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", 5, "   "));

        assertThat(given.comment()).isNull();
    }

    @Test
    void secondFeedbackIsAConflictAndKeepsTheFirst() {
        GivingFeedback givingFeedback = givingFeedbackAt(AFTER_THE_SESSION);
        givingFeedback.give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", 2, "first"));

        assertThatThrownBy(() -> givingFeedback.give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", 5, "second")))
                .isInstanceOf(FeedbackAlreadyGivenConflict.class);
        assertThat(feedbacks.rows.get(List.of(booking.id(), buyer.userId())).comment()).isEqualTo("first");
    }

    @Test
    void feedbackBeforeTheSessionEndedIsNotOpen() {
        assertThatThrownBy(() -> givingFeedbackAt(AFTER_THE_SESSION.minusSeconds(1))
                .give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", 4, null)))
                .isInstanceOf(FeedbackNotOpenConflict.class)
                .hasMessageContaining("2026-06-01T17:00:00Z");
        assertThat(feedbacks.rows).isEmpty();
    }

    @Test
    void anotherUsersBookingIsNotFound() {
        assertThatThrownBy(() -> givingFeedbackAt(AFTER_THE_SESSION)
                .give(new GiveFeedbackCommand(booking.id(), UUID.randomUUID(), "ana@example.com", 4, null)))
                .isInstanceOf(BookingNotFound.class);
        assertThatThrownBy(() -> givingFeedbackAt(AFTER_THE_SESSION)
                .give(new GiveFeedbackCommand(BookingId.random(), buyer.userId(), "ana@example.com", 4, null)))
                .isInstanceOf(BookingNotFound.class);
        assertThat(feedbacks.rows).isEmpty();
    }

    @Test
    void ratingOutsideOneToFiveIsInvalid() {
        for (int rating : new int[]{0, 6, -1}) {
            assertThatThrownBy(() -> givingFeedbackAt(AFTER_THE_SESSION)
                    .give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", rating, null)))
                    .isInstanceOf(InvalidInput.class);
        }
        assertThat(feedbacks.rows).isEmpty();
    }

    @Test
    void commentIsCountedInCharactersNotUtf16Units() {
        String twoThousandEmoji = "😀".repeat(Feedback.MAX_COMMENT_LENGTH);

        givingFeedbackAt(AFTER_THE_SESSION).give(new GiveFeedbackCommand(booking.id(), buyer.userId(), "ana@example.com", 5, twoThousandEmoji));

        assertThat(feedbacks.rows.get(List.of(booking.id(), buyer.userId())).comment()).isEqualTo(twoThousandEmoji);
    }

    @Test
    void commentOverTwoThousandCharactersIsInvalid() {
        assertThatThrownBy(() -> givingFeedbackAt(AFTER_THE_SESSION).give(new GiveFeedbackCommand(booking.id(),
                buyer.userId(), "ana@example.com", 5, "x".repeat(Feedback.MAX_COMMENT_LENGTH + 1))))
                .isInstanceOf(InvalidInput.class);
        assertThat(feedbacks.rows).isEmpty();
    }

    static final class InMemoryFeedbacks implements Feedbacks {

        /** Keyed like the table: one feedback per booking and author. */
        final Map<List<Object>, Feedback> rows = new LinkedHashMap<>();

        @Override
        public boolean addIfAbsent(Feedback feedback) {
            return rows.putIfAbsent(List.of(feedback.bookingId(), feedback.userId()), feedback) == null;
        }

        @Override
        public FeedbackSummary summaryOf(UUID eventId) {
            throw new UnsupportedOperationException("not needed here");
        }

        @Override
        public CommentPage commentsOf(UUID eventId, long offset, int limit) {
            return new CommentPage(List.of(), 0);
        }
    }
}
