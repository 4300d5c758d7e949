package com.evently.ticketing.analytics;

import com.evently.ticketing.analytics.application.port.out.BookingFacts;
import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.BookingRevision;
import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two consumers may briefly handle the same booking at once (a partition moving during a rebalance). The table's
 * conditional upserts must keep their rules then too: one cancellation counts, the newest revision wins.
 */
class BookingFactsConcurrencyTest extends AnalyticsIntegrationTest {

    private static final int THREADS = 16;

    @Autowired
    private BookingFacts bookings;

    private final UUID eventId = UUID.randomUUID();
    private final UUID bookingId = UUID.randomUUID();
    private final UUID sessionId = UUID.randomUUID();
    private final UUID ticketTypeId = UUID.randomUUID();

    @Test
    void parallelCancellationsOfOneBookingCountOnce() throws Exception {
        bookings.addConfirmed(new ConfirmedBooking(bookingId, UUID.randomUUID(), eventId, line(3), null, Instant.now()));

        List<Boolean> applied = race(IntStream.range(0, THREADS).<Callable<Boolean>>mapToObj(attempt -> () ->
                bookings.markCancelled(new BookingCancellation(bookingId, UUID.randomUUID(), eventId, line(3), CancellationCause.BUYER,
                        Instant.now()))).toList());

        assertThat(applied).containsOnlyOnce(true);
        assertThat(row("status")).isEqualTo("CANCELLED");
    }

    @Test
    void parallelRevisionsInAnyOrderEndWithTheNewest() throws Exception {
        bookings.addConfirmed(new ConfirmedBooking(bookingId, UUID.randomUUID(), eventId, line(1), null, Instant.now()));
        List<Callable<Boolean>> revisions = new ArrayList<>(IntStream.rangeClosed(1, THREADS)
                .<Callable<Boolean>>mapToObj(revision -> () -> bookings.applyRevision(new BookingRevision(bookingId, UUID.randomUUID(),
                        eventId, revision, line(revision), null, Instant.now()))).toList());
        Collections.shuffle(revisions);

        race(revisions);

        assertThat(row("revision")).isEqualTo(String.valueOf(THREADS));
        assertThat(row("quantity")).isEqualTo(String.valueOf(THREADS));
    }

    @Test
    void cancellationRacingEditsStaysCancelled() throws Exception {
        bookings.addConfirmed(new ConfirmedBooking(bookingId, UUID.randomUUID(), eventId, line(2), null, Instant.now()));
        List<Callable<Boolean>> work = new ArrayList<>(IntStream.rangeClosed(1, THREADS - 1)
                .<Callable<Boolean>>mapToObj(revision -> () -> bookings.applyRevision(new BookingRevision(bookingId, UUID.randomUUID(),
                        eventId, revision, line(revision), null, Instant.now()))).toList());
        work.add(() -> bookings.markCancelled(new BookingCancellation(bookingId, UUID.randomUUID(), eventId, line(2),
                CancellationCause.BUYER, Instant.now())));
        Collections.shuffle(work);

        race(work);

        assertThat(row("status")).isEqualTo("CANCELLED");
        assertThat(row("quantity")).isEqualTo("2");
    }

    private static <T> List<T> race(List<Callable<T>> work) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<T>> futures = pool.invokeAll(work);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private BookingLine line(int quantity) {
        return new BookingLine(sessionId, ticketTypeId, quantity);
    }

    private String row(String column) {
        return jdbc.sql("SELECT " + column + "::text FROM booking_facts WHERE booking_id = :bookingId")
                .param("bookingId", bookingId).query(String.class).single();
    }
}
