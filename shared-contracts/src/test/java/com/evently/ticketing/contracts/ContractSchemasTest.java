package com.evently.ticketing.contracts;

import com.evently.ticketing.contracts.booking.AvailabilityChanged;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferAccepted;
import com.evently.ticketing.contracts.booking.WaitlistOfferExpired;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.contracts.catalog.CapacityChanged;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.contracts.catalog.SessionAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeRetired;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.contracts.identity.SecurityEventRecorded;
import com.evently.ticketing.contracts.identity.UserProfileChanged;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.contracts.identity.UserRoleChanged;
import com.evently.ticketing.contracts.ticket.TicketCheckInUndone;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsVoided;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every contract record, serialized as producers do, satisfies the schema published beside it. */
class ContractSchemasTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Instant now = Instant.parse("2027-03-01T09:00:00Z");
    /** The shape of a compact JWE with direct encryption (empty encrypted key), as platform-core's FieldSealing writes. */
    private static final String SEALED = "eyJraWQiOiJhYmMiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiZGlyIn0..x5nD2BRo1lFMpUn6"
            + ".Qm9weGpMcVhzTzNsU2xPcnZiQkl6TnRrT2dLUHFrSnU.gVhjv2H4PcqZyJ1bQpJ2aA";

    @Test
    void everyEventTypeHasASchemaAndATopic() {
        for (String type : EventTypes.all()) {
            assertThat(EventTypes.topicOf(type)).endsWith(".v1");
            assertThat(ContractSchemas.class.getResource(ContractSchemas.resourceOf(type))).as(type).isNotNull();
        }
    }

    @Test
    void eventPublishedMatchesItsSchema() throws IOException {
        EventPublished event = new EventPublished(UUID.randomUUID(), UUID.randomUUID(), "Java Day", "Hall A",
                "Europe/Lisbon",
                List.of(new EventPublished.Session(UUID.randomUUID(), "Day 1", now, now.plusSeconds(3600))),
                List.of(new EventPublished.TicketType(UUID.randomUUID(), "Standard", new Money("25.00", "EUR"), 100, 4)),
                now);
        assertThat(violations(EventTypes.EVENT_PUBLISHED, event)).isEmpty();
    }

    @Test
    void reminderLeadsTravelAsIsoDurationsAndMayBeLeftOut() throws IOException {
        EventPublished.Session session = new EventPublished.Session(UUID.randomUUID(), "Day 1", now, now.plusSeconds(3600));
        EventPublished.TicketType type = new EventPublished.TicketType(UUID.randomUUID(), "Standard",
                new Money("25.00", "EUR"), 100, null);
        EventPublished withLeads = new EventPublished(UUID.randomUUID(), UUID.randomUUID(), "Java Day", null,
                "Europe/Lisbon", List.of(session), List.of(type), now, List.of(Duration.ofDays(3), Duration.ofMinutes(30)));
        EventUpdated withoutReminders = new EventUpdated(UUID.randomUUID(), UUID.randomUUID(), "Java Day", null, null,
                "Europe/Lisbon", 2, now, List.of());

        assertThat(json.writeValueAsString(withLeads)).contains("\"reminderLeads\":[\"PT72H\",\"PT30M\"]");
        assertThat(violations(EventTypes.EVENT_PUBLISHED, withLeads)).isEmpty();
        assertThat(violations(EventTypes.EVENT_UPDATED, withoutReminders)).isEmpty();
        assertThat(json.readValue(json.writeValueAsString(withLeads), EventPublished.class)).isEqualTo(withLeads);
        assertThat(violations(EventTypes.EVENT_PUBLISHED, new EventPublished(UUID.randomUUID(), UUID.randomUUID(),
                "Java Day", null, "Europe/Lisbon", List.of(session), List.of(type), now))).isEmpty();
        String hoursInWords = """
                {"eventId":"%s","organizerId":"%s","title":"Java Day","timeZone":"Europe/Lisbon","version":2,
                 "updatedAt":"2027-03-01T09:00:00Z","reminderLeads":["24 hours"]}""".formatted(UUID.randomUUID(),
                UUID.randomUUID());
        assertThat(validate(EventTypes.EVENT_UPDATED, hoursInWords)).isNotEmpty();
    }

    @Test
    void bookingTermsTravelAsIsoDurationsAndMayBeLeftOut() throws IOException {
        EventPublished.Session session = new EventPublished.Session(UUID.randomUUID(), "Day 1", now, now.plusSeconds(3600));
        EventPublished.TicketType type = new EventPublished.TicketType(UUID.randomUUID(), "Standard",
                new Money("25.00", "EUR"), 100, null);
        EventPublished withTerms = new EventPublished(UUID.randomUUID(), UUID.randomUUID(), "Java Day", null,
                "Europe/Lisbon", List.of(session), List.of(type), now, null, Duration.ofHours(48), Duration.ofMinutes(45));
        EventUpdated withOneTerm = new EventUpdated(UUID.randomUUID(), UUID.randomUUID(), "Java Day", null, null,
                "Europe/Lisbon", 2, now, null, null, Duration.ofMinutes(10));

        assertThat(json.writeValueAsString(withTerms))
                .contains("\"cancellationCutoff\":\"PT48H\"", "\"waitlistOfferLifetime\":\"PT45M\"");
        assertThat(violations(EventTypes.EVENT_PUBLISHED, withTerms)).isEmpty();
        assertThat(violations(EventTypes.EVENT_UPDATED, withOneTerm)).isEmpty();
        assertThat(json.readValue(json.writeValueAsString(withTerms), EventPublished.class)).isEqualTo(withTerms);
        String before12 = """
                {"eventId":"%s","organizerId":"%s","title":"Java Day","timeZone":"Europe/Lisbon","version":2,
                 "updatedAt":"2027-03-01T09:00:00Z"}""".formatted(UUID.randomUUID(), UUID.randomUUID());
        assertThat(validate(EventTypes.EVENT_UPDATED, before12)).as("a 1.1 producer's update stays valid").isEmpty();
        assertThat(json.readValue(before12, EventUpdated.class).cancellationCutoff()).isNull();
        String minutesAsNumber = """
                {"eventId":"%s","organizerId":"%s","title":"Java Day","timeZone":"Europe/Lisbon","version":2,
                 "updatedAt":"2027-03-01T09:00:00Z","cancellationCutoff":120}""".formatted(UUID.randomUUID(),
                UUID.randomUUID());
        assertThat(validate(EventTypes.EVENT_UPDATED, minutesAsNumber)).isNotEmpty();
        String lifetimeInWords = minutesAsNumber.replace("\"cancellationCutoff\":120", "\"waitlistOfferLifetime\":\"1 hour\"");
        assertThat(validate(EventTypes.EVENT_UPDATED, lifetimeInWords)).isNotEmpty();
    }

    @Test
    void eventUpdatedAndCancelledMatchTheirSchemas() throws IOException {
        UUID eventId = UUID.randomUUID();
        UUID organizer = UUID.randomUUID();
        assertThat(violations(EventTypes.EVENT_UPDATED, new EventUpdated(eventId, organizer, "Java Day", "More talks",
                "Hall B", "Europe/Lisbon", 3, now))).isEmpty();
        assertThat(violations(EventTypes.EVENT_CANCELLED, new EventCancelled(eventId, organizer, "Venue flooded", now)))
                .isEmpty();
        assertThat(violations(EventTypes.EVENT_COMPLETED, new EventCompleted(eventId, organizer, now))).isEmpty();
        assertThat(violations(EventTypes.CAPACITY_CHANGED, new CapacityChanged(eventId, organizer,
                UUID.randomUUID(), 120, UUID.randomUUID(), now))).isEmpty();
        EventPublished.Session session = new EventPublished.Session(UUID.randomUUID(), "Day 2", now, now.plusSeconds(3600));
        EventPublished.TicketType type = new EventPublished.TicketType(UUID.randomUUID(), "Standard",
                new Money("25.00", "EUR"), 100, null);
        assertThat(violations(EventTypes.SESSION_ADDED,
                new SessionAdded(eventId, organizer, session, List.of(type), now))).isEmpty();
        assertThat(violations(EventTypes.TICKET_TYPE_ADDED,
                new TicketTypeAdded(eventId, organizer, type, List.of(session.sessionId()), now))).isEmpty();
        assertThat(violations(EventTypes.TICKET_TYPE_RETIRED,
                new TicketTypeRetired(eventId, organizer, type.ticketTypeId(), now))).isEmpty();
    }

    @Test
    void bookingConfirmedMatchesItsSchema() throws IOException {
        BookingConfirmed booking = new BookingConfirmed(UUID.randomUUID(), UUID.randomUUID(), "ana@example.com", "Ana",
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 2, List.of(UUID.randomUUID(), UUID.randomUUID()),
                new BookingConfirmed.EventSnapshot("Java Day", "Hall A", "Europe/Lisbon", "Day 1", now,
                        now.plusSeconds(3600), "Standard", new Money("25.00", "EUR")),
                now);
        assertThat(violations(EventTypes.BOOKING_CONFIRMED, booking)).isEmpty();
    }

    @Test
    void bookingLifecycleEventsMatchTheirSchemas() throws IOException {
        UUID seat = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID ticketType = UUID.randomUUID();
        BookingConfirmed.EventSnapshot event = new BookingConfirmed.EventSnapshot("Java Day", "Hall A", "Europe/Lisbon",
                "Day 1", now, now.plusSeconds(3600), "Standard", new Money("25.00", "EUR"));
        assertThat(violations(EventTypes.BOOKING_CHANGED, new BookingChanged(UUID.randomUUID(), 1, UUID.randomUUID(),
                "ana@example.com", "Ana", UUID.randomUUID(), new BookingChanged.Line(session, ticketType, 1),
                new BookingChanged.Line(session, ticketType, 2), List.of(seat, added), List.of(), List.of(added), event,
                UUID.randomUUID(), now))).isEmpty();
        assertThat(violations(EventTypes.BOOKING_CANCELLED, new BookingCancelled(UUID.randomUUID(), UUID.randomUUID(),
                "ana@example.com", null, UUID.randomUUID(), session, ticketType, 1, List.of(seat),
                BookingCancelled.Cause.EVENT_CANCELLED, "Venue flooded", null, event, now))).isEmpty();
        assertThat(violations(EventTypes.WAITLIST_OFFER_MADE, new WaitlistOfferMade(UUID.randomUUID(), UUID.randomUUID(),
                "ana@example.com", "Ana", UUID.randomUUID(), session, ticketType, 2, now.plusSeconds(1800), event, now)))
                .isEmpty();
        assertThat(violations(EventTypes.WAITLIST_OFFER_EXPIRED, new WaitlistOfferExpired(UUID.randomUUID(),
                UUID.randomUUID(), "ana@example.com", null, UUID.randomUUID(), session, ticketType, 2, now, event,
                now.plusSeconds(5)))).isEmpty();
        assertThat(violations(EventTypes.WAITLIST_OFFER_ACCEPTED, new WaitlistOfferAccepted(UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), session, ticketType, 2, now))).isEmpty();
        assertThat(violations(EventTypes.AVAILABILITY_CHANGED, new AvailabilityChanged(UUID.randomUUID(), session,
                ticketType, 100, 0, now))).isEmpty();
    }

    @Test
    void ticketsIssuedMatchesItsSchema() throws IOException {
        TicketsIssued issued = new TicketsIssued(UUID.randomUUID(), UUID.randomUUID(), "ana@example.com", "Ana",
                UUID.randomUUID(), "Java Day", "Hall A", "Europe/Lisbon", "Day 1", now, "Standard",
                List.of(new TicketsIssued.IssuedTicket(UUID.randomUUID(), UUID.randomUUID(), SEALED)), now);
        assertThat(violations(EventTypes.TICKETS_ISSUED, issued)).isEmpty();
    }

    @Test
    void secretFieldsAreRefusedInClear() throws IOException {
        TicketsIssued codeInClear = new TicketsIssued(UUID.randomUUID(), UUID.randomUUID(), "ana@example.com", "Ana",
                UUID.randomUUID(), "Java Day", "Hall A", "Europe/Lisbon", "Day 1", now, "Standard",
                List.of(new TicketsIssued.IssuedTicket(UUID.randomUUID(), UUID.randomUUID(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                now);
        assertThat(violations(EventTypes.TICKETS_ISSUED, codeInClear)).isNotEmpty();
        assertThat(violations(EventTypes.PASSWORD_RESET_REQUESTED, new PasswordResetRequested(UUID.randomUUID(),
                "ana@example.com", "Ana", "k3Qx9fJ2mP0aB7cD1eF4gH6iJ8kL0mN2", now.plusSeconds(1800), now)))
                .isNotEmpty();
        assertThat(EventTypes.carriesSecrets(EventTypes.TICKETS_ISSUED)).isTrue();
        assertThat(EventTypes.carriesSecrets(EventTypes.PASSWORD_RESET_REQUESTED)).isTrue();
        assertThat(EventTypes.carriesSecrets(EventTypes.TICKET_TRANSFERRED)).isTrue();
        assertThat(EventTypes.carriesSecrets(EventTypes.TICKET_CLAIMED)).isFalse();
        assertThat(violations(EventTypes.TICKET_TRANSFERRED, transferred("dGhpcyBpcyBub3Qgc2VhbGVkIGF0IGFsbCBpdCBpcyBjbGVhcg",
                now.plusSeconds(86400)))).isNotEmpty();
    }

    @Test
    void ticketCheckedInMatchesItsSchema() throws IOException {
        assertThat(violations(EventTypes.TICKET_CHECKED_IN, new TicketCheckedIn(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "North door",
                UUID.randomUUID(), now, true, null, UUID.randomUUID(), now.plusSeconds(60)))).isEmpty();
        assertThat(violations(EventTypes.TICKET_CHECKED_IN, new TicketCheckedIn(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
                UUID.randomUUID(), now, false, UUID.randomUUID(), null, now))).isEmpty();
    }

    @Test
    void ticketTransferredMatchesItsSchema() throws IOException {
        assertThat(violations(EventTypes.TICKET_TRANSFERRED, new TicketTransferred(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "bea@example.com", null, "ana@example.com", "Ana", "Java Day", now, "Europe/Lisbon",
                UUID.randomUUID(), now))).isEmpty();
        assertThat(violations(EventTypes.TICKET_TRANSFERRED, transferred(SEALED, now.plusSeconds(86400)))).isEmpty();
        assertThat(violations(EventTypes.TICKET_TRANSFERRED, transferred(null, null))).isEmpty();
    }

    @Test
    void ticketClaimedMatchesItsSchema() throws IOException {
        assertThat(violations(EventTypes.TICKET_CLAIMED, new TicketClaimed(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "bea@example.org", "Bea", "bea@example.com", now))).isEmpty();
    }

    @Test
    void ticketReturnedMatchesItsSchema() throws IOException {
        assertThat(violations(EventTypes.TICKET_RETURNED, new TicketReturned(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "ana@example.com", "Ana", "bea@example.com", "Java Day", now, "Europe/Lisbon",
                now, now))).isEmpty();
        assertThat(violations(EventTypes.TICKET_RETURNED, new TicketReturned(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                null, "ana@example.com", null, "bea@example.com", null, null, null, now, now))).isEmpty();
        assertThat(violations(EventTypes.TICKET_RETURNED, new TicketReturned(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                null, "ana@example.com", null, "not an address", null, null, null, now, now))).isNotEmpty();
        assertThat(EventTypes.carriesSecrets(EventTypes.TICKET_RETURNED)).isFalse();
    }

    private TicketTransferred transferred(String sealedClaimToken, Instant claimExpiresAt) {
        return new TicketTransferred(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "bea@example.com", "Bea", "ana@example.com",
                "Ana", "Java Day", now, "Europe/Lisbon", UUID.randomUUID(), now, sealedClaimToken, claimExpiresAt);
    }

    @Test
    void ticketsVoidedAndCheckInUndoneMatchTheirSchemas() throws IOException {
        TicketsVoided voided = new TicketsVoided(UUID.randomUUID(), UUID.randomUUID(),
                TicketsVoided.Reason.BOOKING_CHANGED, List.of(new TicketsVoided.VoidedTicket(UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())), now);
        assertThat(violations(EventTypes.TICKETS_VOIDED, voided)).isEmpty();
        assertThat(violations(EventTypes.TICKETS_VOIDED, new TicketsVoided(UUID.randomUUID(), UUID.randomUUID(),
                TicketsVoided.Reason.BOOKING_CANCELLED, List.of(), now))).isNotEmpty();
        assertThat(violations(EventTypes.TICKET_CHECK_IN_UNDONE, new TicketCheckInUndone(UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), now))).isEmpty();
    }

    @Test
    void userRegisteredMatchesItsSchema() throws IOException {
        UserRegistered user = new UserRegistered(UUID.randomUUID(), "ana@example.com", "Ana", List.of("USER"), "de", now);
        assertThat(violations(EventTypes.USER_REGISTERED, user)).isEmpty();
        UserRegistered withoutLanguage = new UserRegistered(UUID.randomUUID(), "ana@example.com", "Ana",
                List.of("USER"), now);
        assertThat(violations(EventTypes.USER_REGISTERED, withoutLanguage)).isEmpty();
        assertThat(violations(EventTypes.USER_REGISTERED, new UserRegistered(UUID.randomUUID(), "ana@example.com",
                "Ana", List.of("USER"), "German", now))).isNotEmpty();
    }

    @Test
    void userProfileChangedMatchesItsSchema() throws IOException {
        assertThat(violations(EventTypes.USER_PROFILE_CHANGED, new UserProfileChanged(UUID.randomUUID(),
                "ana@example.com", "Ana", "de", now))).isEmpty();
        assertThat(violations(EventTypes.USER_PROFILE_CHANGED, new UserProfileChanged(UUID.randomUUID(),
                "ana@example.com", "Ana", null, now))).isNotEmpty();
    }

    @Test
    void identityAccountEventsMatchTheirSchemas() throws IOException {
        UUID user = UUID.randomUUID();
        assertThat(violations(EventTypes.PASSWORD_RESET_REQUESTED, new PasswordResetRequested(user, "ana@example.com",
                "Ana", SEALED, now.plusSeconds(1800), now))).isEmpty();
        assertThat(violations(EventTypes.USER_ROLE_CHANGED, new UserRoleChanged(user, "ana@example.com",
                List.of("USER"), List.of("USER", "ORGANIZER"), UUID.randomUUID(), now))).isEmpty();
        assertThat(violations(EventTypes.SECURITY_EVENT_RECORDED, new SecurityEventRecorded("LOGIN_FAILED",
                SecurityEventRecorded.FAILURE, null, null, "nobody@example.com", "127.0.0.1", null, now))).isEmpty();
    }

    @Test
    void schemaRejectsABookingWithoutSeats() throws IOException {
        String payload = """
                {"bookingId":"%s","userId":"%s","buyerEmail":"ana@example.com","eventId":"%s","sessionId":"%s",
                 "ticketTypeId":"%s","quantity":1,"seatIds":[],"occurredAt":"2027-03-01T09:00:00Z"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThat(validate(EventTypes.BOOKING_CONFIRMED, payload)).isNotEmpty();
    }

    private Set<ValidationMessage> violations(String type, Object payload) throws IOException {
        return validate(type, json.writeValueAsString(payload));
    }

    private static Set<ValidationMessage> validate(String type, String payload) throws IOException {
        try (InputStream schemaJson = ContractSchemas.open(type)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schemaJson, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            return schema.validate(payload, InputFormat.JSON);
        }
    }
}
