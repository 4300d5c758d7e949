package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.notification.application.DeliveryOutcome;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.domain.BookingConfirmation;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.testing.TicketServiceStandIn;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The booking confirmation's whole path: TicketsIssued on the real Kafka broker, the mail queue in real PostgreSQL,
 * the PDF over HTTP from a stand-in ticket-service, and the mail through GreenMail's real SMTP server.
 */
class BookingConfirmationMailTest extends NotificationServiceIntegrationTest {

    @Autowired
    QueueingMail queueingMail;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RestTestClient http;

    @Test
    void ticketsIssuedSendsTheHolderOneConfirmationWithTheTicketsPdf() throws Exception {
        TicketsIssued issued = ticketsIssued();

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(), payloadOf(issued));

        MimeMessage mail = awaitOneMailTo(issued.holderEmail());
        assertThat(mail.getSubject()).isEqualTo("Your tickets for Jazz Night");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(issued.holderEmail());
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("tickets@evently.local");

        List<Part> parts = leafParts(mail);
        Part text = single(parts, "text/plain");
        Part html = single(parts, "text/html");
        for (String body : List.of((String) text.getContent(), (String) html.getContent())) {
            assertThat(body).contains("Jazz Night", "Saturday 14 March 2026, 19:30 (Europe/Berlin)", "Standing",
                    SealedSecrets.codeOf(issued.tickets().get(0)), SealedSecrets.codeOf(issued.tickets().get(1)));
        }
        Part pdf = single(parts, "application/pdf");
        assertThat(pdf.getFileName()).isEqualTo("tickets-" + issued.bookingId() + ".pdf");
        byte[] pdfBytes = pdf.getInputStream().readAllBytes();
        assertThat(new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdfBytes).isEqualTo(TicketServiceStandIn.pdfOf(issued.bookingId()));

        // the mail server has the mail a moment before its sender records it sent
        await().atMost(PATIENCE).until(() -> "SENT".equals(mailRowOf(issued.bookingId()).get("status")));
        Map<String, Object> row = mailRowOf(issued.bookingId());
        assertThat(row).containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNotNull();
    }

    @Test
    void aRedeliveredOrRepublishedEventSendsNoSecondMail() throws Exception {
        TicketsIssued issued = ticketsIssued();
        String key = issued.bookingId().toString();
        String eventId = TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, payloadOf(issued));
        awaitOneMailTo(issued.holderEmail());

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, payloadOf(issued), eventId);
        String republishedId = TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, payloadOf(issued));
        // same key, same partition: once the re-published event is in the inbox, the redelivery was handled before it
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();

        assertThat(inboxHolds(eventId)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_mail WHERE booking_id = :booking")
                .param("booking", issued.bookingId()).query(Long.class).single()).isEqualTo(1);
        assertThat(mailsTo(issued.holderEmail())).hasSize(1);
    }

    @Test
    void theTicketsOfSeatsAddedByAChangeAreConfirmedInAMailOfTheirOwnOnce() throws Exception {
        TicketsIssued first = ticketsIssued();
        TicketsIssued added = withTickets(first, List.of(SealedSecrets.issuedTicket()));
        String key = first.bookingId().toString();

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, payloadOf(first));
        String addedId = TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, payloadOf(added));
        TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, payloadOf(added), addedId);
        String republishedId = TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, payloadOf(added));

        await().atMost(PATIENCE).until(() -> mailsTo(first.holderEmail()).size() >= 2);
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();
        List<MimeMessage> mails = mailsTo(first.holderEmail());
        assertThat(mails).hasSize(2);
        List<String> texts = new ArrayList<>();
        for (MimeMessage mail : mails) {
            texts.add((String) single(leafParts(mail), "text/plain").getContent());
        }
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("Your 2 tickets:"));
        String addedCode = SealedSecrets.codeOf(added.tickets().getFirst());
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("Your ticket:", addedCode));
    }

    @Test
    void retriesWhileTicketServiceAnswersServiceUnavailableAndThenSends() throws Exception {
        TicketsIssued issued = ticketsIssued();
        ticketService.failFirst(issued.bookingId(), 2, 503);

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(), payloadOf(issued));

        MimeMessage mail = awaitOneMailTo(issued.holderEmail());
        assertThat(single(leafParts(mail), "application/pdf").getInputStream().readAllBytes())
                .isEqualTo(TicketServiceStandIn.pdfOf(issued.bookingId()));
        assertThat(ticketService.callsFor(issued.bookingId())).isEqualTo(3);
        await().atMost(PATIENCE).until(() -> "SENT".equals(mailRowOf(issued.bookingId()).get("status")));
    }

    @Test
    void whileTicketServiceIsDownTheMailWaitsWithoutUsingUpItsAttemptsAndGoesOutSoonAfterItIsBack() throws Exception {
        TicketsIssued issued = ticketsIssued();
        ticketService.failAlways(issued.bookingId(), 503);
        double gaveUpBefore = gaveUpCount();

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(), payloadOf(issued));

        // four delivery runs (each with the client's three tries): more than the three attempts the mail has
        await().atMost(PATIENCE).until(() -> ticketService.callsFor(issued.bookingId()) >= 12);
        Map<String, Object> waiting = mailRowOf(issued.bookingId());
        assertThat(waiting).containsEntry("status", "PENDING");
        assertThat((int) waiting.get("attempts")).as("an outage costs no attempt").isLessThanOrEqualTo(1);
        assertThat((String) waiting.get("last_error")).contains("503")
                .doesNotContain(TestIdentityProvider.SERVICE_CLIENT_SECRET).doesNotContain("Bearer");
        assertThat(mailsTo(issued.holderEmail())).isEmpty();

        ticketService.recover(issued.bookingId());

        MimeMessage mail = awaitOneMailTo(issued.holderEmail());
        assertThat(mail.getSubject()).startsWith("Your tickets for");
        await().atMost(PATIENCE).until(() -> "SENT".equals(mailRowOf(issued.bookingId()).get("status")));
        assertThat(mailRowOf(issued.bookingId())).containsEntry("attempts", 1);
        assertThat(gaveUpCount()).isEqualTo(gaveUpBefore);
    }

    @Test
    void aConfirmationWhoseTicketsWereVoidedBeforeItWentOutIsGivenUpAtOnce() {
        TicketsIssued issued = ticketsIssued();
        // the booking was cancelled between the issue and the mail: ticket-service has no valid ticket to render
        ticketService.failAlways(issued.bookingId(), 404);
        double gaveUpBefore = gaveUpCount();

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(), payloadOf(issued));

        await().atMost(PATIENCE).until(() -> mailRowExists(issued.bookingId())
                && "FAILED".equals(mailRowOf(issued.bookingId()).get("status")));
        Map<String, Object> row = mailRowOf(issued.bookingId());
        assertThat(row).containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNull();
        assertThat((String) row.get("last_error")).contains("404", "no valid ticket");
        assertThat(ticketService.callsFor(issued.bookingId())).isEqualTo(1);
        // the delivery job counts the outcome once its run returns, a moment after the row says FAILED
        await().atMost(PATIENCE).until(() -> gaveUpCount() == gaveUpBefore + 1);

        deliverDueMails.deliverDue();
        assertThat(mailsTo(issued.holderEmail())).isEmpty();
        assertThat(mailRowOf(issued.bookingId())).containsEntry("attempts", 1);
    }

    @Test
    void twoSendersRacingOverTheSameDueMailsSendEachMailOnce() throws Exception {
        List<BookingConfirmation> confirmations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            confirmations.add(new BookingConfirmation(UUID.randomUUID(), new Recipient(newHolderEmail(), "Racer " + i),
                    "Race Night", "Track", ZoneId.of("UTC"), null, Instant.parse("2026-05-01T20:00:00Z"), null,
                    List.of("TKT-RACE-0000-0000-" + String.format("%04d", i))));
        }
        // all due at the same moment, so the senders start on the very same rows
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                confirmations.forEach(confirmation -> queueingMail.queue(confirmation.notice(Locale.ENGLISH))));

        CyclicBarrier start = new CyclicBarrier(2);
        List<DeliveryOutcome> first = new CopyOnWriteArrayList<>();
        List<DeliveryOutcome> second = new CopyOnWriteArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(2)) {
            Future<?> a = senders.submit(() -> sendUntilNothingIsDue(start, first));
            Future<?> b = senders.submit(() -> sendUntilNothingIsDue(start, second));
            a.get();
            b.get();
        }

        Set<UUID> mailsOfFirst = mailIds(first);
        assertThat(mailIds(second)).doesNotContainAnyElementsOf(mailsOfFirst);
        for (BookingConfirmation confirmation : confirmations) {
            await().atMost(PATIENCE).until(() -> "SENT".equals(mailRowOf(confirmation.bookingId()).get("status")));
            // claimed exactly once: no sender ever took a mail another one held
            assertThat(mailRowOf(confirmation.bookingId())).containsEntry("attempts", 1);
            assertThat(mailsTo(confirmation.holder().email())).hasSize(1);
        }
    }

    @Test
    void anUnusableEventGoesToTheDeadLetterTopicAndQueuesNothing() {
        TicketsIssued issued = withTimeZone(ticketsIssued(), "Mars/Olympus_Mons");

        TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(), payloadOf(issued));

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.TICKET_EVENTS),
                message -> issued.bookingId().toString().equals(message.key()), 1, PATIENCE)).hasSize(1);
        assertThat(mailRowExists(issued.bookingId())).isFalse();
    }

    @Test
    void staysHealthyWithoutMailInItsHealthAndExposesMailMetrics() {
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        String health = http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(health).contains("\"UP\"").contains("db").doesNotContain("mail");

        String metrics = http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("notification_mails_sent_total", "notification_mails_failed_total",
                "notification_mails_pending");
    }

    @Test
    void offersNoApiWithoutAToken() {
        http.get().uri("/api/v1/notifications").exchange().expectStatus().isUnauthorized();
    }

    private void sendUntilNothingIsDue(CyclicBarrier start, List<DeliveryOutcome> outcomes) {
        try {
            start.await();
            List<DeliveryOutcome> batch;
            do {
                batch = deliverDueMails.deliverDue();
                outcomes.addAll(batch);
            } while (!batch.isEmpty());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<UUID> mailIds(List<DeliveryOutcome> outcomes) {
        Set<UUID> ids = new HashSet<>();
        outcomes.forEach(outcome -> assertThat(ids.add(outcome.mailId())).as("mail sent twice by one sender").isTrue());
        return ids;
    }

    private static TicketsIssued ticketsIssued() {
        UUID bookingId = UUID.randomUUID();
        return new TicketsIssued(bookingId, UUID.randomUUID(), newHolderEmail(), "Ada Lovelace", UUID.randomUUID(),
                "Jazz Night", "Blue Hall", "Europe/Berlin", "Evening show", Instant.parse("2026-03-14T18:30:00Z"),
                "Standing",
                List.of(SealedSecrets.issuedTicket(),
                        SealedSecrets.issuedTicket()),
                Instant.now());
    }

    private static TicketsIssued withTimeZone(TicketsIssued issued, String timeZone) {
        return new TicketsIssued(issued.bookingId(), issued.userId(), issued.holderEmail(), issued.holderName(),
                issued.eventId(), issued.eventTitle(), issued.venue(), timeZone, issued.sessionName(),
                issued.sessionStartsAt(), issued.ticketTypeName(), issued.tickets(), issued.occurredAt());
    }

    private static TicketsIssued withTickets(TicketsIssued issued, List<TicketsIssued.IssuedTicket> tickets) {
        return new TicketsIssued(issued.bookingId(), issued.userId(), issued.holderEmail(), issued.holderName(),
                issued.eventId(), issued.eventTitle(), issued.venue(), issued.timeZone(), issued.sessionName(),
                issued.sessionStartsAt(), issued.ticketTypeName(), tickets, Instant.now());
    }

    private static String newHolderEmail() {
        return "holder-" + UUID.randomUUID() + "@example.com";
    }

    private String payloadOf(TicketsIssued issued) {
        return payloadOf(EventTypes.TICKETS_ISSUED, issued);
    }

    private boolean mailRowExists(UUID bookingId) {
        return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE booking_id = :booking")
                .param("booking", bookingId).query(Long.class).single() > 0;
    }

    private Map<String, Object> mailRowOf(UUID bookingId) {
        return jdbc.sql("SELECT status, attempts, sent_at, last_error FROM outbound_mail WHERE booking_id = :booking")
                .param("booking", bookingId).query().singleRow();
    }

    private double gaveUpCount() {
        var counter = meters.find("notification.mails.failed").tag("outcome", "gave-up").counter();
        return counter == null ? 0 : counter.count();
    }
}
