package com.evently.ticketing.analytics.config;

import com.evently.ticketing.platform.web.ProblemCatalogue;
import com.evently.ticketing.analytics.adapter.in.web.AnalyticsProblem;
import com.evently.ticketing.analytics.application.BrowsingAuditLog;
import com.evently.ticketing.analytics.application.RecordingBookingCancellation;
import com.evently.ticketing.analytics.application.RecordingCheckIn;
import com.evently.ticketing.analytics.application.RecordingTickets;
import com.evently.ticketing.analytics.application.RecordingBookingChange;
import com.evently.ticketing.analytics.application.RecordingConfirmedBooking;
import com.evently.ticketing.analytics.application.RecordingEventCancellation;
import com.evently.ticketing.analytics.application.RecordingEventRetitling;
import com.evently.ticketing.analytics.application.RecordingRegistration;
import com.evently.ticketing.analytics.application.RecordingWaitlistOffer;
import com.evently.ticketing.analytics.application.RecordingPublishedEvent;
import com.evently.ticketing.analytics.application.RecordingSecurityEvent;
import com.evently.ticketing.analytics.application.ManagingReportDefinitions;
import com.evently.ticketing.analytics.application.RebuildingProjection;
import com.evently.ticketing.analytics.application.RunningReport;
import com.evently.ticketing.analytics.application.ShowingDashboard;
import com.evently.ticketing.analytics.application.ShowingEventStatistics;
import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.application.port.out.BookingFacts;
import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.application.port.out.Dashboards;
import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.application.port.out.PlatformActivity;
import com.evently.ticketing.analytics.application.port.out.Projection;
import com.evently.ticketing.analytics.application.port.out.ProjectionSource;
import com.evently.ticketing.analytics.application.port.out.TicketFacts;
import com.evently.ticketing.analytics.application.port.out.Reports;
import com.evently.ticketing.analytics.application.port.out.SavedReports;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** The use cases, wired explicitly: the application layer knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    @Bean
    RecordingPublishedEvent recordingPublishedEvent(EventStatistics statistics) {
        return new RecordingPublishedEvent(statistics);
    }

    @Bean
    RecordingConfirmedBooking recordingConfirmedBooking(BookingFacts bookings, BusinessMetrics metrics) {
        return new RecordingConfirmedBooking(bookings, metrics);
    }

    @Bean
    RecordingBookingChange recordingBookingChange(BookingFacts bookings, BusinessMetrics metrics) {
        return new RecordingBookingChange(bookings, metrics);
    }

    @Bean
    RecordingBookingCancellation recordingBookingCancellation(BookingFacts bookings, BusinessMetrics metrics) {
        return new RecordingBookingCancellation(bookings, metrics);
    }

    @Bean
    RecordingWaitlistOffer recordingWaitlistOffer(PlatformActivity activity) {
        return new RecordingWaitlistOffer(activity);
    }

    @Bean
    RecordingRegistration recordingRegistration(PlatformActivity activity) {
        return new RecordingRegistration(activity);
    }

    @Bean
    RecordingEventRetitling recordingEventRetitling(EventStatistics statistics) {
        return new RecordingEventRetitling(statistics);
    }

    @Bean
    RecordingEventCancellation recordingEventCancellation(EventStatistics statistics) {
        return new RecordingEventCancellation(statistics);
    }

    @Bean
    ShowingEventStatistics showingEventStatistics(EventStatistics statistics, Dashboards dashboards) {
        return new ShowingEventStatistics(statistics, dashboards);
    }

    @Bean
    ManagingReportDefinitions managingReportDefinitions(SavedReports savedReports, Clock clock) {
        return new ManagingReportDefinitions(savedReports, clock, UUID::randomUUID);
    }

    @Bean
    RebuildingProjection rebuildingProjection(Transactions transactions, Projection projection,
                                              ProjectionSource source) {
        return new RebuildingProjection(transactions, projection, source);
    }

    @Bean
    RecordingCheckIn recordingCheckIn(TicketFacts tickets, BusinessMetrics metrics) {
        return new RecordingCheckIn(tickets, metrics);
    }

    @Bean
    RecordingTickets recordingTickets(TicketFacts tickets, AuditLog auditLog, Clock clock) {
        return new RecordingTickets(tickets, auditLog, clock);
    }

    @Bean
    RunningReport runningReport(Reports reports) {
        return new RunningReport(reports);
    }

    @Bean
    ShowingDashboard showingDashboard(Dashboards dashboards) {
        return new ShowingDashboard(dashboards);
    }

    /**
     * Dashboards and reports are for organizers and admins, refused to anyone else before parameters are read;
     * which events an organizer's figures cover is the use cases' decision.
     */
    @Bean
    RoleRestrictedEndpoints statisticsEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ORGANIZER.name(), Role.ADMIN.name()),
                "/api/v1/analytics/dashboard", "/api/v1/analytics/reports", "/api/v1/analytics/report-definitions",
                "/api/v1/analytics/report-definitions/**");
    }

    @Bean
    RecordingSecurityEvent recordingSecurityEvent(AuditLog auditLog, Clock clock) {
        return new RecordingSecurityEvent(auditLog, clock);
    }

    @Bean
    BrowsingAuditLog browsingAuditLog(AuditLog auditLog) {
        return new BrowsingAuditLog(auditLog);
    }

    /** The problem types this service answers with, listed in its OpenAPI document. */
    @Bean
    ProblemCatalogue problemCatalogue() {
        return ProblemCatalogue.of(AnalyticsProblem.class);
    }
}
