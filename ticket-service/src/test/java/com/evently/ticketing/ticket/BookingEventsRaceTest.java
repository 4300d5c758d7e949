package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.ticket.application.ApplyingBookingCancellation;
import com.evently.ticketing.ticket.application.ApplyingBookingChange;
import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.ChangedBooking;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.TicketHolder;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change and a cancellation of one booking applied at the same moment (the regular consumer and a redrive from
 * the dead-letter topic), against the real database: whichever goes first, the cancellation wins and no ticket of
 * the booking is left valid, because both hold the booking's lock.
 */
@ServiceIntegrationTest
class BookingEventsRaceTest extends TicketServiceFixture {

    @Autowired
    ApplyingBookingChange applyingChange;
    @Autowired
    ApplyingBookingCancellation applyingCancellation;

    @RepeatedTest(5)
    void changeRacingACancellationLeavesNoValidTicket() throws Exception {
        Issued issued = issue(2);
        BookingConfirmed confirmed = issued.confirmed();
        ChangedBooking change = new ChangedBooking(1, new ConfirmedBooking(confirmed.bookingId(), confirmed.userId(),
                confirmed.eventId(), confirmed.sessionId(), confirmed.ticketTypeId(),
                new TicketHolder(confirmed.buyerEmail(), confirmed.buyerName()),
                new EventSnapshot(null, null, ZoneId.of("UTC"), null, null, null, null),
                Stream.concat(confirmed.seatIds().stream(), Stream.of(UUID.randomUUID(), UUID.randomUUID())).toList()));
        CancelledBooking cancellation = new CancelledBooking(confirmed.bookingId(), "Event cancelled");

        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<?>> both = List.of(
                    threads.submit(() -> {
                        start.await();
                        return applyingChange.apply(change);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return applyingCancellation.apply(cancellation);
                    }));
            start.countDown();
            for (Future<?> future : both) {
                future.get();
            }
        }

        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE booking_id = :id AND status = 'VALID'")
                .param("id", confirmed.bookingId()).query(Integer.class).single()).isZero();
    }
}
