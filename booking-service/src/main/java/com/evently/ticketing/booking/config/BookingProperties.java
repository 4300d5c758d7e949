package com.evently.ticketing.booking.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param maxSeatsPerBooking the most seats one booking may take
 * @param maxSeatsPerUser    the most seats of one line one user may hold, unless the catalog set a limit for it
 * @param lockTimeout        how long a booking waits for its inventory line before its attempt is retried
 * @param retry              how often and how patiently an aborted booking transaction is started again
 * @param idempotencyKeyRetention how long a client's Idempotency-Key answers with its original booking; after
 *                                that the key is forgotten and may create a new booking
 * @param cascade            how the bookings of a cancelled event are cancelled
 * @param admission          how many sales of one line run at once in this process
 * @param inventory          how a new line's seats are spread over bucket rows
 * @param httpCache          what the public availability tells browsers and shared caches
 */
@Validated
@ConfigurationProperties("ticketing.booking")
public record BookingProperties(
        @Min(1) @Max(1000) @DefaultValue("10") int maxSeatsPerBooking,
        @NotNull @DefaultValue("2s") Duration lockTimeout,
        @Valid @NotNull @DefaultValue CriticalSectionRetry retry,
        @NotNull @DefaultValue("7d") Duration idempotencyKeyRetention,
        @Min(1) @Max(1000) @DefaultValue("10") int maxSeatsPerUser,
        @Valid @NotNull @DefaultValue EventCancellationCascade cascade,
        @Valid @NotNull @DefaultValue Admission admission,
        @Valid @NotNull @DefaultValue InventoryBuckets inventory,
        @Valid @NotNull @DefaultValue HttpCache httpCache) {

    /**
     * @param maxInFlightPerLine sales of one line running at once in this process; more would only queue on the
     *                           line's rows in the database, each holding a pooled connection
     * @param maxWait            how long a sale over the bound waits in memory before it is answered 503 busy (or
     *                           409 sold-out, when the line sold out meanwhile); with the transaction budget it must
     *                           stay below the gateway's response timeout (10 s)
     * @param evictIdleAfter     a line's bound is forgotten after this long without a sale; must exceed the
     *                           transaction budget ({@link CriticalSectionRetry#budget()})
     */
    public record Admission(
            @Min(1) @Max(1000) @DefaultValue("8") int maxInFlightPerLine,
            @NotNull @DefaultValue("1s") Duration maxWait,
            @NotNull @DefaultValue("1m") Duration evictIdleAfter) {
    }

    /**
     * @param seatsPerBucket a new line gets one bucket row per this many seats of capacity (at least one)
     * @param maxBuckets     and at most this many
     */
    public record InventoryBuckets(
            @Min(1) @DefaultValue("50") int seatsPerBucket,
            @Min(1) @Max(256) @DefaultValue("16") int maxBuckets) {
    }

    /**
     * @param batchSize     bookings cancelled per transaction: each batch holds its lines only briefly
     * @param sweepInterval pause between two sweeps for bookings a cancellation left confirmed (after a crash)
     */
    public record EventCancellationCascade(
            @Min(1) @Max(5000) @DefaultValue("200") int batchSize,
            @NotNull @DefaultValue("30s") Duration sweepInterval) {
    }

    /**
     * Exponential backoff with jitter, so that transactions that deadlocked each other do not collide again.
     *
     * @param maxAttempts    attempts in total, the first one included
     * @param initialBackoff pause before the second attempt
     * @param multiplier     growth of the pause per attempt
     * @param maxBackoff     cap of a single pause
     * @param budget         how long all attempts together may take: no attempt starts that could end later.
     *                       It bounds the booking request, and must stay below the gateway's response timeout
     *                       (10 s), so that a client never sees a timeout for a booking that commits afterwards
     */
    public record CriticalSectionRetry(
            @Min(1) @Max(20) @DefaultValue("5") int maxAttempts,
            @NotNull @DefaultValue("20ms") Duration initialBackoff,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("500ms") Duration maxBackoff,
            @NotNull @DefaultValue("8s") Duration budget) {
    }

    /**
     * Seats left change with every sale, so a copy is kept for seconds only; a buyer learns the truth from the sale
     * itself (409 sold-out), never from a cached count.
     *
     * @param maxAge               how long a browser or shared cache may answer from its copy
     * @param staleWhileRevalidate how long after that it may still show the copy while it asks again
     */
    public record HttpCache(@NotNull @DefaultValue("2s") Duration maxAge,
                            @NotNull @DefaultValue("5s") Duration staleWhileRevalidate) {
    }
}
