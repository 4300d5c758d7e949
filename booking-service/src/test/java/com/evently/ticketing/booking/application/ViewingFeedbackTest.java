package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Feedbacks;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.booking.domain.FeedbackSummary;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.booking.application.InMemoryBookingCore.NOW;
import static com.evently.ticketing.booking.application.TestEvents.firstLineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ViewingFeedback asks who may see the report before reading it; EventFeedbackTest covers the queries. */
class ViewingFeedbackTest {

    static final FeedbackSummary SUMMARY = new FeedbackSummary(41, 4.2, List.of(1L, 2L, 3L, 10L, 25L));

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final ReadFeedbacks feedbacks = new ReadFeedbacks();
    final ViewingFeedback viewingFeedback = new ViewingFeedback(new EventOrganizerAccess(core.eventSnapshots),
            feedbacks);
    EventSnapshot event;
    Feedback comment;

    /** Holds one comment of 41 ratings, and remembers which pages of comments were read. */
    final class ReadFeedbacks implements Feedbacks {

        final List<String> reads = new ArrayList<>();

        @Override
        public boolean addIfAbsent(Feedback feedback) {
            throw new UnsupportedOperationException("viewing changes nothing");
        }

        @Override
        public FeedbackSummary summaryOf(UUID eventId) {
            reads.add("summary of " + eventId);
            return SUMMARY;
        }

        @Override
        public CommentPage commentsOf(UUID eventId, long offset, int limit) {
            reads.add("comments of " + eventId + " from " + offset + ", at most " + limit);
            return new CommentPage(List.of(comment), 41);
        }
    }

    @BeforeEach
    void publishAnEventWithAComment() {
        event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        comment = new Feedback(BookingId.random(), firstLineOf(event), UUID.randomUUID(), 5, "Loved it", NOW);
    }

    @Test
    void theOrganizerGetsTheSummaryAndThePageOfCommentsAskedFor() {
        Caller organizer = new Caller(event.organizerId(), Set.of(Role.USER, Role.ORGANIZER));

        FeedbackReport report = viewingFeedback.view(new FeedbackQuery(event.eventId(), 2, 10), organizer);

        assertThat(report).isEqualTo(new FeedbackReport(event.eventId(), SUMMARY, List.of(comment), 2, 10, 41));
        assertThat(feedbacks.reads).contains("comments of " + event.eventId() + " from 20, at most 10");
    }

    @Test
    void anAttendeeIsRefusedBeforeAnyFeedbackIsRead() {
        Caller attendee = new Caller(UUID.randomUUID(), Set.of(Role.USER));

        assertThatThrownBy(() -> viewingFeedback.view(new FeedbackQuery(event.eventId(), 0, 10), attendee))
                .isInstanceOf(OrganizerViewNotPermitted.class);
        assertThat(feedbacks.reads).isEmpty();
    }

    @Test
    void anEventBookingNeverReceivedIsNotFoundEvenForAnAdmin() {
        Caller admin = new Caller(UUID.randomUUID(), Set.of(Role.ADMIN));

        assertThatThrownBy(() -> viewingFeedback.view(new FeedbackQuery(UUID.randomUUID(), 0, 10), admin))
                .isInstanceOf(EventNotFound.class);
        assertThat(feedbacks.reads).isEmpty();
    }
}
