package com.evently.ticketing.contracts;

import java.util.Map;
import java.util.Set;

/** The {@code ce_type} of every integration event, and the topic it is published on. */
public final class EventTypes {

    public static final String EVENT_PUBLISHED = "catalog.EventPublished.v1";
    public static final String EVENT_UPDATED = "catalog.EventUpdated.v1";
    public static final String EVENT_CANCELLED = "catalog.EventCancelled.v1";
    public static final String EVENT_COMPLETED = "catalog.EventCompleted.v1";
    public static final String CAPACITY_CHANGED = "catalog.CapacityChanged.v1";
    public static final String SESSION_ADDED = "catalog.SessionAdded.v1";
    public static final String TICKET_TYPE_ADDED = "catalog.TicketTypeAdded.v1";
    public static final String TICKET_TYPE_RETIRED = "catalog.TicketTypeRetired.v1";
    public static final String BOOKING_CONFIRMED = "booking.BookingConfirmed.v1";
    public static final String BOOKING_CHANGED = "booking.BookingChanged.v1";
    public static final String BOOKING_CANCELLED = "booking.BookingCancelled.v1";
    public static final String WAITLIST_OFFER_MADE = "booking.WaitlistOfferMade.v1";
    public static final String WAITLIST_OFFER_EXPIRED = "booking.WaitlistOfferExpired.v1";
    public static final String WAITLIST_OFFER_ACCEPTED = "booking.WaitlistOfferAccepted.v1";
    public static final String AVAILABILITY_CHANGED = "booking.AvailabilityChanged.v1";
    public static final String TICKETS_ISSUED = "ticket.TicketsIssued.v1";
    public static final String TICKET_CHECKED_IN = "ticket.TicketCheckedIn.v1";
    public static final String TICKET_TRANSFERRED = "ticket.TicketTransferred.v1";
    public static final String TICKET_CLAIMED = "ticket.TicketClaimed.v1";
    public static final String TICKET_RETURNED = "ticket.TicketReturned.v1";
    public static final String TICKETS_VOIDED = "ticket.TicketsVoided.v1";
    public static final String TICKET_CHECK_IN_UNDONE = "ticket.TicketCheckInUndone.v1";
    public static final String USER_REGISTERED = "identity.UserRegistered.v1";
    public static final String PASSWORD_RESET_REQUESTED = "identity.PasswordResetRequested.v1";
    public static final String USER_ROLE_CHANGED = "identity.UserRoleChanged.v1";
    public static final String SECURITY_EVENT_RECORDED = "identity.SecurityEventRecorded.v1";
    public static final String USER_PROFILE_CHANGED = "identity.UserProfileChanged.v1";

    private static final Map<String, String> TOPIC_BY_TYPE = Map.ofEntries(
            Map.entry(EVENT_PUBLISHED, Topics.CATALOG_EVENTS),
            Map.entry(EVENT_UPDATED, Topics.CATALOG_EVENTS),
            Map.entry(EVENT_CANCELLED, Topics.CATALOG_EVENTS),
            Map.entry(EVENT_COMPLETED, Topics.CATALOG_EVENTS),
            Map.entry(CAPACITY_CHANGED, Topics.CATALOG_EVENTS),
            Map.entry(SESSION_ADDED, Topics.CATALOG_EVENTS),
            Map.entry(TICKET_TYPE_ADDED, Topics.CATALOG_EVENTS),
            Map.entry(TICKET_TYPE_RETIRED, Topics.CATALOG_EVENTS),
            Map.entry(BOOKING_CONFIRMED, Topics.BOOKING_EVENTS),
            Map.entry(BOOKING_CHANGED, Topics.BOOKING_EVENTS),
            Map.entry(BOOKING_CANCELLED, Topics.BOOKING_EVENTS),
            Map.entry(WAITLIST_OFFER_MADE, Topics.BOOKING_EVENTS),
            Map.entry(WAITLIST_OFFER_EXPIRED, Topics.BOOKING_EVENTS),
            Map.entry(WAITLIST_OFFER_ACCEPTED, Topics.BOOKING_EVENTS),
            Map.entry(AVAILABILITY_CHANGED, Topics.BOOKING_EVENTS),
            Map.entry(TICKETS_ISSUED, Topics.TICKET_EVENTS),
            Map.entry(TICKET_CHECKED_IN, Topics.TICKET_EVENTS),
            Map.entry(TICKET_TRANSFERRED, Topics.TICKET_EVENTS),
            Map.entry(TICKET_CLAIMED, Topics.TICKET_EVENTS),
            Map.entry(TICKET_RETURNED, Topics.TICKET_EVENTS),
            Map.entry(TICKETS_VOIDED, Topics.TICKET_EVENTS),
            Map.entry(TICKET_CHECK_IN_UNDONE, Topics.TICKET_EVENTS),
            Map.entry(USER_REGISTERED, Topics.IDENTITY_EVENTS),
            Map.entry(PASSWORD_RESET_REQUESTED, Topics.IDENTITY_EVENTS),
            Map.entry(USER_ROLE_CHANGED, Topics.IDENTITY_EVENTS),
            Map.entry(SECURITY_EVENT_RECORDED, Topics.IDENTITY_EVENTS),
            Map.entry(USER_PROFILE_CHANGED, Topics.IDENTITY_EVENTS));

    /**
     * Types with a sealed secret field (a reset token, ticket codes, a transfer's claim token): even sealed, their outbox rows are deleted
     * as soon as Kafka has them rather than kept for the outbox retention.
     */
    private static final Set<String> CARRYING_SECRETS = Set.of(PASSWORD_RESET_REQUESTED, TICKETS_ISSUED,
            TICKET_TRANSFERRED);

    /** Every type this module defines; each has a JSON Schema at {@link ContractSchemas#resourceOf(String)}. */
    public static Iterable<String> all() {
        return TOPIC_BY_TYPE.keySet();
    }

    public static String topicOf(String eventType) {
        String topic = TOPIC_BY_TYPE.get(eventType);
        if (topic == null) {
            throw new IllegalArgumentException("Unknown integration event type: " + eventType);
        }
        return topic;
    }

    public static boolean carriesSecrets(String eventType) {
        return CARRYING_SECRETS.contains(eventType);
    }

    private EventTypes() {
    }
}
