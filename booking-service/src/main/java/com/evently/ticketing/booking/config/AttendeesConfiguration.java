package com.evently.ticketing.booking.config;

import com.evently.ticketing.booking.adapter.in.scheduling.AvailabilityNoticeJob;
import com.evently.ticketing.booking.application.EventOrganizerAccess;
import com.evently.ticketing.booking.application.GivingFeedback;
import com.evently.ticketing.booking.application.ListingAttendees;
import com.evently.ticketing.booking.application.MarkingSeatCheckedIn;
import com.evently.ticketing.booking.application.PublishingAvailability;
import com.evently.ticketing.booking.application.UpdatingSeatHolder;
import com.evently.ticketing.booking.application.ViewingFeedback;
import com.evently.ticketing.booking.application.port.out.Attendees;
import com.evently.ticketing.booking.application.port.out.AvailabilityNotices;
import com.evently.ticketing.booking.application.port.out.AvailabilityPublications;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.Feedbacks;
import com.evently.ticketing.booking.application.port.out.SeatHolders;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

import java.time.Clock;
import java.util.Set;

/** What organizers see of their events (attendees, feedback), how attendees give feedback, and the catalog's seat counts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AvailabilityNoticeProperties.class)
@EnableScheduling
class AttendeesConfiguration {

    /** Refused to anyone but organizers and admins before the query is read; the use cases check the event's owner. */
    @Bean
    RoleRestrictedEndpoints organizerViewEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ORGANIZER.name(), Role.ADMIN.name()),
                "GET /api/v1/events/*/attendees", "GET /api/v1/events/*/feedback");
    }

    @Bean
    EventOrganizerAccess eventOrganizerAccess(EventSnapshots eventSnapshots) {
        return new EventOrganizerAccess(eventSnapshots);
    }

    @Bean
    ListingAttendees listingAttendees(EventOrganizerAccess access, Attendees attendees) {
        return new ListingAttendees(access, attendees);
    }

    @Bean
    UpdatingSeatHolder updatingSeatHolder(Transactions transactions, Attendees attendees) {
        return new UpdatingSeatHolder(transactions, attendees);
    }

    @Bean
    MarkingSeatCheckedIn markingSeatCheckedIn(Transactions transactions, Attendees attendees) {
        return new MarkingSeatCheckedIn(transactions, attendees);
    }

    @Bean
    GivingFeedback givingFeedback(Transactions transactions, Bookings bookings, EventSnapshots eventSnapshots,
                                  Feedbacks feedbacks, SeatHolders seatHolders, Clock clock) {
        return new GivingFeedback(transactions, bookings, eventSnapshots, feedbacks, seatHolders, clock);
    }

    @Bean
    ViewingFeedback viewingFeedback(EventOrganizerAccess access, Feedbacks feedbacks) {
        return new ViewingFeedback(access, feedbacks);
    }

    @Bean
    PublishingAvailability publishingAvailability(Transactions transactions, AvailabilityPublications publications,
                                                  AvailabilityNotices notices, Clock clock,
                                                  AvailabilityNoticeProperties properties) {
        return new PublishingAvailability(transactions, publications, notices, clock,
                properties.batchSize());
    }

    @Bean
    @ConditionalOnProperty(name = "ticketing.booking.availability-notices.enabled", matchIfMissing = true)
    AvailabilityNoticeJob availabilityNoticeJob(PublishingAvailability publishingAvailability) {
        return new AvailabilityNoticeJob(publishingAvailability);
    }

    @Bean
    @ConditionalOnProperty(name = "ticketing.booking.availability-notices.enabled", matchIfMissing = true)
    SchedulingConfigurer availabilityNoticeSchedule(AvailabilityNoticeJob job, AvailabilityNoticeProperties properties) {
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(job::announceChanges,
                properties.interval(), properties.interval()));
    }
}
