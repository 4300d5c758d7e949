package com.evently.ticketing.analytics.config;

import com.evently.ticketing.analytics.application.AuditTrail;
import com.evently.ticketing.analytics.application.EventStatisticsProjection;
import com.evently.ticketing.analytics.application.EventStatisticsQuery;
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
    EventStatisticsProjection eventStatisticsProjection(EventStatistics statistics, CountedBookings countedBookings) {
        return new EventStatisticsProjection(statistics, countedBookings);
    }

    @Bean
    EventStatisticsQuery eventStatisticsQuery(EventStatistics statistics) {
        return new EventStatisticsQuery(statistics);
    }

    @Bean
    AuditTrail auditTrail(AuditLog auditLog, ObjectProvider<Clock> clock) {
        return new AuditTrail(auditLog, clock.getIfAvailable(Clock::systemUTC));
    }
}
