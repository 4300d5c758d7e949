package com.evently.ticketing.booking.config;

import com.evently.ticketing.booking.adapter.in.scheduling.WaitlistOfferExpiryJob;
import com.evently.ticketing.booking.application.AcceptingWaitlistOffer;
import com.evently.ticketing.booking.application.DecliningWaitlistOffer;
import com.evently.ticketing.booking.application.ExpiringWaitlistOffers;
import com.evently.ticketing.booking.application.JoiningWaitlist;
import com.evently.ticketing.booking.application.LeavingWaitlist;
import com.evently.ticketing.booking.application.OfferingReleasedSeats;
import com.evently.ticketing.booking.application.ReleasedSeats;
import com.evently.ticketing.booking.application.ViewingWaitlist;
import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.SeatLimit;
import com.evently.ticketing.booking.domain.UserSeatLimit;
import com.evently.ticketing.platform.domain.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

import java.time.Clock;

/** The waiting list: who is offered the seats that come free, and the job that takes back lapsed offers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WaitlistProperties.class)
@EnableScheduling
class WaitlistConfiguration {

    @Bean
    OfferingReleasedSeats releasedSeats(Inventory inventory, Waitlist waitlist, WaitlistOffers offers,
                                        EventSnapshots eventSnapshots, CancelledEvents cancelledEvents,
                                        CompletedEvents completedEvents,
                                        WaitlistEvents events, WaitlistProperties properties, Clock clock) {
        return new OfferingReleasedSeats(inventory, waitlist, offers, eventSnapshots, cancelledEvents, completedEvents,
                events,
                properties.offerLifetime(), clock);
    }

    @Bean
    JoiningWaitlist joiningWaitlist(Transactions transactions, Inventory inventory, CancelledEvents cancelledEvents,
                                    CompletedEvents completedEvents,
                                    Waitlist waitlist, WaitlistOffers offers, Bookings bookings,
                                    BookingProperties bookingProperties, Clock clock) {
        return new JoiningWaitlist(transactions, inventory, cancelledEvents, completedEvents, waitlist, offers, bookings,
                new SeatLimit(bookingProperties.maxSeatsPerBooking()),
                new UserSeatLimit(bookingProperties.maxSeatsPerUser()), clock);
    }

    @Bean
    LeavingWaitlist leavingWaitlist(Transactions transactions, Inventory inventory, Waitlist waitlist) {
        return new LeavingWaitlist(transactions, inventory, waitlist);
    }

    @Bean
    ViewingWaitlist viewingWaitlist(Waitlist waitlist, WaitlistOffers offers) {
        return new ViewingWaitlist(waitlist, offers);
    }

    @Bean
    AcceptingWaitlistOffer acceptingWaitlistOffer(Transactions transactions, Inventory inventory, WaitlistOffers offers,
                                                  Bookings bookings, EventSnapshots eventSnapshots,
                                                  CancelledEvents cancelledEvents, CompletedEvents completedEvents,
                                                  IntegrationEvents integrationEvents, WaitlistEvents waitlistEvents,
                                                  BookingMetrics metrics, BookingProperties bookingProperties,
                                                  Clock clock) {
        return new AcceptingWaitlistOffer(transactions, inventory, offers, bookings, eventSnapshots, cancelledEvents,
                completedEvents, integrationEvents, waitlistEvents, metrics,
                new UserSeatLimit(bookingProperties.maxSeatsPerUser()),
                clock);
    }

    @Bean
    DecliningWaitlistOffer decliningWaitlistOffer(Transactions transactions, Inventory inventory, WaitlistOffers offers,
                                                  ReleasedSeats releasedSeats, Clock clock) {
        return new DecliningWaitlistOffer(transactions, inventory, offers, releasedSeats, clock);
    }

    @Bean
    ExpiringWaitlistOffers expiringWaitlistOffers(Transactions transactions, Inventory inventory, WaitlistOffers offers,
                                                  ReleasedSeats releasedSeats, EventSnapshots eventSnapshots,
                                                  WaitlistEvents events, WaitlistProperties properties, Clock clock) {
        return new ExpiringWaitlistOffers(transactions, inventory, offers, releasedSeats, eventSnapshots, events,
                properties.expiryBatchSize(), clock);
    }

    @Bean
    WaitlistOfferExpiryJob waitlistOfferExpiryJob(ExpiringWaitlistOffers expiringOffers, MeterRegistry meters) {
        return new WaitlistOfferExpiryJob(expiringOffers, meters);
    }

    /** On every replica: the job is safe to run concurrently, so no leader election is needed. */
    @Bean
    SchedulingConfigurer waitlistOfferExpirySchedule(WaitlistOfferExpiryJob job, WaitlistProperties properties) {
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(job::expireLapsedOffers,
                properties.expiryInterval(), properties.expiryInterval()));
    }
}
