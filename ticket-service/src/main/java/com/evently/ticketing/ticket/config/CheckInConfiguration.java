package com.evently.ticketing.ticket.config;

import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import com.evently.ticketing.ticket.adapter.in.scheduling.ScheduledPassKeyRotation;
import com.evently.ticketing.ticket.adapter.out.jose.JwsPassTokens;
import com.evently.ticketing.ticket.adapter.out.metrics.MicrometerCheckInMetrics;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcCheckInDevices;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcCheckIns;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcEventOrganizers;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcPassKeys;
import com.evently.ticketing.ticket.application.CheckingIn;
import com.evently.ticketing.ticket.application.ListingPassKeys;
import com.evently.ticketing.ticket.application.ManagingCheckInDevices;
import com.evently.ticketing.ticket.application.ReadingCheckIns;
import com.evently.ticketing.ticket.application.RecordingEventOrganizer;
import com.evently.ticketing.ticket.application.RotatingPassKey;
import com.evently.ticketing.ticket.application.SigningPasses;
import com.evently.ticketing.ticket.application.UndoingCheckIn;
import com.evently.ticketing.ticket.application.port.out.CheckInDevices;
import com.evently.ticketing.ticket.application.port.out.CheckInMetrics;
import com.evently.ticketing.ticket.application.port.out.CheckIns;
import com.evently.ticketing.ticket.application.port.out.EventOrganizers;
import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.application.port.out.PassTokens;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.CheckInWindow;
import com.evently.ticketing.platform.security.PrivateKeyEncryption;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/** Wires check-in at the door (pass keys, scans, devices) and says who may reach its endpoints. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckInConfiguration {

    @Bean
    PassKeys passKeys(JdbcClient jdbc, CheckInProperties properties) {
        return new JdbcPassKeys(jdbc, PrivateKeyEncryption.fromBase64("TICKETING_PASS_KEY_ENCRYPTION_KEY",
                properties.keyEncryptionKey(), "ticket-service encrypts the keys that sign check-in passes with it"));
    }

    @Bean
    PassTokens passTokens() {
        return new JwsPassTokens();
    }

    @Bean
    SigningPasses signingPasses(PassKeys keys, PassTokens tokens, CheckInProperties properties, Clock clock) {
        return new SigningPasses(keys, tokens, new CheckInWindow(properties.opensBefore(), properties.closesAfter()),
                new SecureRandom(), clock);
    }

    @Bean
    ListingPassKeys listingPassKeys(Transactions transactions, SigningPasses signingPasses, PassKeys keys) {
        return new ListingPassKeys(transactions, signingPasses, keys);
    }

    @Bean
    RotatingPassKey rotatingPassKey(Transactions transactions, PassKeys keys, CheckInProperties properties,
                                    Clock clock) {
        return new RotatingPassKey(transactions, keys, properties.closesAfter(), new SecureRandom(), clock);
    }

    @Bean
    SchedulingConfigurer passKeyRotationSchedule(RotatingPassKey rotatingPassKey, CheckInProperties properties) {
        CheckInProperties.KeyRotation rotation = properties.keyRotation();
        return tasks -> tasks.addFixedDelayTask(new ScheduledPassKeyRotation(rotatingPassKey, rotation.period()),
                rotation.checkInterval());
    }

    @Bean
    PublicEndpoints publicEndpoints() {
        // scanners fetch the keys they verify passes with; public keys let nobody sign
        // the device endpoints check the device's own secret: a device holds no user token
        return PublicEndpoints.of("GET /api/v1/check-in/keys", "/api/v1/check-in/device/**");
    }

    @Bean
    RoleRestrictedEndpoints administratorEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ADMIN.name()), "POST /api/v1/check-in/keys/rotate");
    }

    @Bean
    RoleRestrictedEndpoints checkInCrewEndpoints() {
        // which event's crew the caller is for is the use cases' to decide; a mere user never gets that far
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ORGANIZER.name(), Role.ADMIN.name()),
                "/api/v1/check-ins", "/api/v1/check-ins/**", "/api/v1/events/*/check-in/**");
    }

    @Bean
    CheckIns checkIns(JdbcClient jdbc) {
        return new JdbcCheckIns(jdbc);
    }

    @Bean
    EventOrganizers eventOrganizers(JdbcClient jdbc) {
        return new JdbcEventOrganizers(jdbc);
    }

    @Bean
    CheckInDevices checkInDevices(JdbcClient jdbc) {
        return new JdbcCheckInDevices(jdbc);
    }

    @Bean
    ManagingCheckInDevices managingCheckInDevices(Transactions transactions, CheckInDevices devices,
                                                  EventOrganizers organizers, Clock clock) {
        return new ManagingCheckInDevices(transactions, devices, organizers, new SecureRandom(), clock);
    }

    @Bean
    RecordingEventOrganizer recordingEventOrganizer(EventOrganizers organizers) {
        return new RecordingEventOrganizer(organizers);
    }

    @Bean
    CheckInMetrics checkInMetrics(MeterRegistry registry) {
        return new MicrometerCheckInMetrics(registry);
    }

    @Bean
    CheckingIn checkingIn(Transactions transactions, CheckIns checkIns, Tickets tickets, EventOrganizers organizers,
                          PassKeys passKeys, PassTokens passTokens, TicketEvents events, CheckInMetrics metrics,
                          Clock clock) {
        return new CheckingIn(transactions, checkIns, tickets, organizers, passKeys, passTokens, events, metrics,
                clock);
    }

    @Bean
    UndoingCheckIn undoingCheckIn(Transactions transactions, CheckIns checkIns, Tickets tickets,
                                  EventOrganizers organizers, TicketEvents events, Clock clock) {
        return new UndoingCheckIn(transactions, checkIns, tickets, organizers, events, clock);
    }

    @Bean
    ReadingCheckIns readingCheckIns(Tickets tickets, CheckIns checkIns, EventOrganizers organizers) {
        return new ReadingCheckIns(tickets, checkIns, organizers);
    }
}
