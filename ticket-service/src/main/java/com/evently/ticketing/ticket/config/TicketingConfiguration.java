package com.evently.ticketing.ticket.config;

import com.evently.ticketing.platform.web.ProblemCatalogue;
import com.evently.ticketing.platform.security.InternalEndpoints;
import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.ticket.adapter.in.web.TicketProblem;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.platform.security.MessageSealingConfiguration;
import com.evently.ticketing.ticket.adapter.in.scheduling.ScheduledUnclaimedTicketReturn;
import com.evently.ticketing.ticket.adapter.out.messaging.OutboxTicketEvents;
import com.evently.ticketing.ticket.adapter.out.metrics.MicrometerTicketMetrics;
import com.evently.ticketing.ticket.adapter.out.pdf.ITextTicketDocumentRenderer;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcAccounts;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcKnownBookings;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcTicketClaims;
import com.evently.ticketing.ticket.adapter.out.persistence.JdbcTickets;
import com.evently.ticketing.ticket.adapter.out.qr.ZxingQrCodes;
import com.evently.ticketing.ticket.application.ApplyingBookingCancellation;
import com.evently.ticketing.ticket.application.ApplyingBookingChange;
import com.evently.ticketing.ticket.application.ClaimingTicket;
import com.evently.ticketing.ticket.application.IssuingTickets;
import com.evently.ticketing.ticket.application.ProducingTicketDocuments;
import com.evently.ticketing.ticket.application.RecordingAccount;
import com.evently.ticketing.ticket.application.ReturningUnclaimedTickets;
import com.evently.ticketing.ticket.application.SigningPasses;
import com.evently.ticketing.ticket.application.TransferringTicket;
import com.evently.ticketing.ticket.application.ViewingTickets;
import com.evently.ticketing.ticket.application.port.out.Accounts;
import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.application.port.out.QrCodes;
import com.evently.ticketing.ticket.application.port.out.TicketClaims;
import com.evently.ticketing.ticket.application.port.out.TicketDocumentRenderer;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.TicketMetrics;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.security.SecureRandom;
import java.time.Clock;

/** Wires the use cases to their adapters explicitly: the core knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@Import(MessageSealingConfiguration.class) // seals the admission codes of TicketsIssued, claim tokens of TicketTransferred
class TicketingConfiguration {

    @Bean
    Tickets tickets(JdbcClient jdbc) {
        return new JdbcTickets(jdbc);
    }

    @Bean
    KnownBookings knownBookings(JdbcClient jdbc) {
        return new JdbcKnownBookings(jdbc);
    }

    @Bean
    TicketClaims ticketClaims(JdbcClient jdbc) {
        return new JdbcTicketClaims(jdbc);
    }

    @Bean
    Accounts accounts(JdbcClient jdbc) {
        return new JdbcAccounts(jdbc);
    }

    @Bean
    RecordingAccount recordingAccount(Accounts accounts) {
        return new RecordingAccount(accounts);
    }

    @Bean
    TicketEvents ticketEvents(OutboxWriter outbox, FieldSealing sealing) {
        return new OutboxTicketEvents(outbox, sealing);
    }

    @Bean
    TicketMetrics ticketMetrics(MeterRegistry registry) {
        return new MicrometerTicketMetrics(registry);
    }

    @Bean
    QrCodes qrCodes(TicketRenderingProperties properties) {
        return new ZxingQrCodes(properties.qrCodePixels());
    }

    @Bean
    TicketDocumentRenderer ticketDocumentRenderer() {
        return new ITextTicketDocumentRenderer();
    }

    @Bean
    TransferringTicket transferringTicket(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                                          Accounts accounts, TicketClaims claims, TicketEvents events,
                                          SigningPasses passes, Clock clock) {
        return new TransferringTicket(transactions, knownBookings, tickets, accounts, claims, events, passes,
                new SecureRandom(), clock);
    }

    @Bean
    ClaimingTicket claimingTicket(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                                  TicketClaims claims, TicketEvents events, SigningPasses passes, Clock clock) {
        return new ClaimingTicket(transactions, knownBookings, tickets, claims, events, passes, clock);
    }

    @Bean
    ReturningUnclaimedTickets returningUnclaimedTickets(Transactions transactions, KnownBookings knownBookings,
                                                        Tickets tickets, TicketClaims claims, TicketEvents events,
                                                        SigningPasses passes, Clock clock) {
        return new ReturningUnclaimedTickets(transactions, knownBookings, tickets, claims, events, passes,
                new SecureRandom(), clock);
    }

    @Bean
    SchedulingConfigurer unclaimedTicketReturnSchedule(ReturningUnclaimedTickets returning,
                                                       ClaimReturnProperties properties) {
        return tasks -> tasks.addFixedDelayTask(
                new ScheduledUnclaimedTicketReturn(returning, properties.batchSize()), properties.interval());
    }

    @Bean
    IssuingTickets issuingTickets(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                                  TicketEvents events, TicketMetrics metrics, SigningPasses passes, Clock clock) {
        return new IssuingTickets(transactions, knownBookings, tickets, events, metrics, passes, new SecureRandom(),
                clock);
    }

    @Bean
    ApplyingBookingChange applyingBookingChange(Transactions transactions, KnownBookings knownBookings,
                                                Tickets tickets, TicketEvents events, TicketMetrics metrics,
                                                SigningPasses passes, Clock clock) {
        return new ApplyingBookingChange(transactions, knownBookings, tickets, events, metrics, passes,
                new SecureRandom(), clock);
    }

    @Bean
    ApplyingBookingCancellation applyingBookingCancellation(Transactions transactions, KnownBookings knownBookings,
                                                            Tickets tickets, TicketEvents events, Clock clock) {
        return new ApplyingBookingCancellation(transactions, knownBookings, tickets, events, clock);
    }

    @Bean
    ViewingTickets viewingTickets(Tickets tickets) {
        return new ViewingTickets(tickets);
    }

    @Bean
    ProducingTicketDocuments producingTicketDocuments(ViewingTickets viewingTickets, Tickets tickets, QrCodes qrCodes,
                                                      TicketDocumentRenderer renderer) {
        return new ProducingTicketDocuments(viewingTickets, tickets, qrCodes, renderer);
    }

    /** notification-service attaches a booking's tickets to the confirmation mail. */
    @Bean
    InternalEndpoints ticketDocumentEndpoints() {
        return InternalEndpoints.requiringScope(InternalScopes.TICKET_DOCUMENTS,
                "GET /internal/v1/bookings/{bookingId}/tickets.pdf");
    }

    /** The problem types this service answers with, listed in its OpenAPI document. */
    @Bean
    ProblemCatalogue problemCatalogue() {
        return ProblemCatalogue.of(TicketProblem.class);
    }
}
