package com.evently.ticketing.booking.config;

import com.evently.ticketing.platform.web.ProblemCatalogue;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.booking.adapter.out.admission.BulkheadLineAdmission;
import com.evently.ticketing.booking.adapter.out.persistence.BucketLayout;
import com.evently.ticketing.booking.adapter.out.persistence.JdbcInventory;
import com.evently.ticketing.booking.adapter.in.scheduling.EventCancellationSweep;
import com.evently.ticketing.booking.application.AnsweringRsvp;
import com.evently.ticketing.booking.application.CancellingBooking;
import com.evently.ticketing.booking.application.CancellingEventBookings;
import com.evently.ticketing.booking.application.ChangingCapacity;
import com.evently.ticketing.booking.application.EditingBooking;
import com.evently.ticketing.booking.application.ExtendingInventory;
import com.evently.ticketing.booking.application.RetiringTicketType;
import com.evently.ticketing.booking.application.ListingBookings;
import com.evently.ticketing.booking.application.MarkingEventCancelled;
import com.evently.ticketing.booking.application.MarkingEventCompleted;
import com.evently.ticketing.booking.application.PlacingBooking;
import com.evently.ticketing.booking.application.ReleasedSeats;
import com.evently.ticketing.booking.application.RevisingEventDetails;
import com.evently.ticketing.booking.application.StockingInventory;
import com.evently.ticketing.booking.application.ViewingAvailability;
import com.evently.ticketing.booking.application.ViewingBooking;
import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IdempotencyKeys;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.LineAdmission;
import com.evently.ticketing.booking.domain.SeatLimit;
import com.evently.ticketing.booking.domain.UserSeatLimit;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.persistence.SpringTransactions;
import com.evently.ticketing.platform.persistence.TransientDatabaseFailures;
import com.evently.ticketing.platform.retention.RetentionRule;
import com.evently.ticketing.platform.security.InternalEndpoints;
import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.evently.ticketing.platform.web.HttpCaching;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/** Explicit wiring of the use cases, and of the adapters that need configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingProperties.class)
@EnableScheduling
class BookingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BookingConfiguration.class);

    /** Seat availability is public; reading or placing bookings needs a token. */
    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.of("GET /api/v1/events/*/availability");
    }

    @Bean
    PlacingBooking placingBooking(Transactions transactions, IdempotencyKeys idempotencyKeys, Inventory inventory,
                                  Bookings bookings, EventSnapshots eventSnapshots, CancelledEvents cancelledEvents,
                                  CompletedEvents completedEvents,
                                  IntegrationEvents integrationEvents, LineAdmission admission, BookingMetrics metrics,
                                  BookingProperties properties, Clock clock) {
        return new PlacingBooking(transactions, idempotencyKeys, inventory, bookings, eventSnapshots, cancelledEvents,
                completedEvents,
                integrationEvents, admission, metrics, new SeatLimit(properties.maxSeatsPerBooking()),
                new UserSeatLimit(properties.maxSeatsPerUser()), clock);
    }

    @Bean
    ExtendingInventory extendingInventory(Transactions transactions, EventSnapshots eventSnapshots, Inventory inventory) {
        return new ExtendingInventory(transactions, eventSnapshots, inventory);
    }

    @Bean
    RetiringTicketType retiringTicketType(Transactions transactions, Inventory inventory) {
        return new RetiringTicketType(transactions, inventory);
    }

    @Bean
    ChangingCapacity changingCapacity(Transactions transactions, Inventory inventory, ReleasedSeats releasedSeats) {
        return new ChangingCapacity(transactions, inventory, releasedSeats);
    }

    /** event-service asks before it commits an organizer's capacity change: booking owns what is sold. */
    @Bean
    InternalEndpoints inventoryEndpoints() {
        return InternalEndpoints.requiringScope(InternalScopes.BOOKING_INVENTORY,
                "PUT /internal/v1/events/{eventId}/ticket-types/{ticketTypeId}/capacity");
    }

    @Bean
    EditingBooking editingBooking(Transactions transactions, IdempotencyKeys idempotencyKeys, Bookings bookings,
                                  Inventory inventory, EventSnapshots eventSnapshots, CancelledEvents cancelledEvents,
                                  CompletedEvents completedEvents,
                                  IntegrationEvents integrationEvents, ReleasedSeats releasedSeats,
                                  BookingProperties properties, BookingMetrics metrics, Clock clock) {
        return new EditingBooking(transactions, idempotencyKeys, bookings, inventory, eventSnapshots, cancelledEvents,
                completedEvents,
                integrationEvents, releasedSeats, new SeatLimit(properties.maxSeatsPerBooking()),
                new UserSeatLimit(properties.maxSeatsPerUser()), metrics, clock);
    }

    @Bean
    CancellingBooking cancellingBooking(Transactions transactions, Bookings bookings, Inventory inventory,
                                        EventSnapshots eventSnapshots, IntegrationEvents integrationEvents,
                                        ReleasedSeats releasedSeats, BookingMetrics metrics, Clock clock) {
        return new CancellingBooking(transactions, bookings, inventory, eventSnapshots, integrationEvents,
                releasedSeats, metrics, clock);
    }

    @Bean
    AnsweringRsvp answeringRsvp(Transactions transactions, Bookings bookings, CancellingBooking cancellingBooking) {
        return new AnsweringRsvp(transactions, bookings, cancellingBooking);
    }

    @Bean
    ListingBookings listingBookings(Bookings bookings, Clock clock) {
        return new ListingBookings(bookings, clock);
    }

    @Bean
    CancellingEventBookings cancellingEventBookings(Transactions transactions, Bookings bookings, Inventory inventory,
                                                    EventSnapshots eventSnapshots, IntegrationEvents integrationEvents,
                                                    ReleasedSeats releasedSeats, BookingMetrics metrics, Clock clock,
                                                    BookingProperties properties) {
        return new CancellingEventBookings(transactions, bookings, inventory, eventSnapshots, integrationEvents,
                releasedSeats, metrics, clock, properties.cascade().batchSize());
    }

    /** Every replica sweeps; batches skip the bookings another replica holds. */
    @Bean
    SchedulingConfigurer eventCancellationSweepSchedule(CancellingEventBookings cancellingEventBookings,
                                                        BookingProperties properties) {
        EventCancellationSweep sweep = new EventCancellationSweep(cancellingEventBookings);
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(sweep,
                properties.cascade().sweepInterval(), properties.cascade().sweepInterval()));
    }

    @Bean
    StockingInventory stockingInventory(Transactions transactions, EventSnapshots eventSnapshots, Inventory inventory) {
        return new StockingInventory(transactions, eventSnapshots, inventory);
    }

    @Bean
    RevisingEventDetails revisingEventDetails(Transactions transactions, EventSnapshots eventSnapshots) {
        return new RevisingEventDetails(transactions, eventSnapshots);
    }

    @Bean
    MarkingEventCancelled markingEventCancelled(Transactions transactions, Inventory inventory, CancelledEvents cancelledEvents) {
        return new MarkingEventCancelled(transactions, inventory, cancelledEvents);
    }

    @Bean
    MarkingEventCompleted markingEventCompleted(Transactions transactions, Inventory inventory,
                                                CompletedEvents completedEvents) {
        return new MarkingEventCompleted(transactions, inventory, completedEvents);
    }

    @Bean
    ViewingBooking viewingBooking(Bookings bookings) {
        return new ViewingBooking(bookings);
    }

    @Bean
    ViewingAvailability viewingAvailability(Inventory inventory, CancelledEvents cancelledEvents,
                                            CompletedEvents completedEvents) {
        return new ViewingAvailability(inventory, cancelledEvents, completedEvents);
    }

    @Bean
    HttpCaching httpCaching(BookingProperties properties) {
        return new HttpCaching(properties.httpCache().maxAge(), properties.httpCache().staleWhileRevalidate());
    }

    @Bean
    RetentionRule expiredIdempotencyKeys(BookingProperties properties) {
        return RetentionRule.of("idempotency_key", "created_at", properties.idempotencyKeyRetention());
    }

    @Bean
    Inventory inventory(JdbcClient jdbc, BookingProperties properties) {
        return new JdbcInventory(jdbc, properties.lockTimeout(), new BucketLayout(
                properties.inventory().seatsPerBucket(), properties.inventory().maxBuckets()));
    }

    @Bean
    LineAdmission lineAdmission(BookingProperties properties) {
        BookingProperties.Admission admission = properties.admission();
        if (admission.evictIdleAfter().compareTo(properties.retry().budget()) <= 0) {
            throw new IllegalStateException("ticketing.booking.admission.evict-idle-after must exceed "
                    + "ticketing.booking.retry.budget: a line's bound must outlive its longest sale");
        }
        return new BulkheadLineAdmission(admission.maxInFlightPerLine(), admission.maxWait(),
                admission.evictIdleAfter());
    }

    /**
     * The platform's transactions, retried on contention: the booking's critical section locks inventory rows
     * that many buyers want at once. Takes the place of the platform's plain {@link Transactions}.
     */
    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager, BookingProperties properties,
                              MeterRegistry meters,
                              @Value("${spring.datasource.hikari.connection-timeout}") long connectionTimeoutMillis) {
        return new SpringTransactions(transactionManager).retryingOnContention(
                criticalSectionRetry(properties.retry(), meters), properties.retry().budget(),
                properties.lockTimeout().plusMillis(connectionTimeoutMillis));
    }

    private static Retry criticalSectionRetry(BookingProperties.CriticalSectionRetry settings, MeterRegistry meters) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        settings.initialBackoff(), settings.multiplier(), 0.5, settings.maxBackoff()))
                .retryOnException(TransientDatabaseFailures::isTransient)
                .build();
        Retry retry = Retry.of("booking-transaction", config);
        Counter retries = Counter.builder("ticketing.booking.transaction.retries")
                .description("Booking transactions started again after a deadlock, serialization failure or lock timeout")
                .register(meters);
        retry.getEventPublisher().onRetry(event -> {
            retries.increment();
            log.debug("Retrying an aborted booking transaction, attempt {}: {}",
                    event.getNumberOfRetryAttempts() + 1, event.getLastThrowable().getMessage());
        });
        return retry;
    }

    /** The problem types this service answers with, listed in its OpenAPI document. */
    @Bean
    ProblemCatalogue problemCatalogue() {
        return ProblemCatalogue.of(BookingProblem.class);
    }
}
