package com.evently.ticketing.analytics.config;

import com.evently.ticketing.analytics.application.BrowsingAuditLog;
import com.evently.ticketing.analytics.application.RecordingConfirmedBooking;
import com.evently.ticketing.analytics.application.RecordingPublishedEvent;
import com.evently.ticketing.analytics.application.RecordingSecurityEvent;
import com.evently.ticketing.analytics.application.ShowingEventStatistics;
import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.application.port.out.CountedBookings;
import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The use cases, wired explicitly: the application layer knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    @Bean
    RecordingPublishedEvent recordingPublishedEvent(EventStatistics statistics) {
        return new RecordingPublishedEvent(statistics);
    }

    @Bean
    RecordingConfirmedBooking recordingConfirmedBooking(EventStatistics statistics, CountedBookings countedBookings) {
        return new RecordingConfirmedBooking(statistics, countedBookings);
    }

    @Bean
    ShowingEventStatistics showingEventStatistics(EventStatistics statistics) {
        return new ShowingEventStatistics(statistics);
    }

    @Bean
    RecordingSecurityEvent recordingSecurityEvent(AuditLog auditLog, ObjectProvider<Clock> clock) {
        return new RecordingSecurityEvent(auditLog, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    BrowsingAuditLog browsingAuditLog(AuditLog auditLog) {
        return new BrowsingAuditLog(auditLog);
    }
}
