package com.evently.ticketing.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a mail is for. The purpose decides the mail's kind, the reference that keeps it to one mail per occasion,
 * what is attached when it is sent and what the delivery log may keep of it afterwards. Sealed, so a new purpose
 * does not compile until the sender knows what to do with it.
 */
public sealed interface MailPurpose {

    MailKind kind();

    /** Unique within the kind: a second mail with the same kind and reference is not queued. */
    String reference();

    /** Most mails carry nothing but their text. */
    default AttachmentPolicy attachments() {
        return new AttachmentPolicy.Nothing();
    }

    /** Most mails hold no secret: the delivery log keeps their body. */
    default BodyRetention bodyRetention() {
        return BodyRetention.KEEP;
    }

    /** Whether someone is waiting for the mail; most mails are not. */
    default DeliveryPriority priority() {
        return DeliveryPriority.BULK;
    }

    /** Names the occasion in logs and delivery outcomes; never carries a secret or a recipient. */
    String description();

    /**
     * A booking's tickets, sent once every seat has its ticket; the tickets PDF travels along. A booking changed to
     * more seats has its new tickets issued again, so the mail is one per issuance: {@code issuance} is the first
     * (lowest) id among the tickets issued, the same however often that issuance is announced. Rows queued before
     * issuances were told apart have none.
     */
    record BookingTickets(UUID bookingId, UUID issuance) implements MailPurpose {

        public BookingTickets {
            Objects.requireNonNull(bookingId, "bookingId");
        }

        /** Parses {@link #reference()}. */
        public static BookingTickets of(UUID bookingId, String reference) {
            int slash = reference.indexOf('/');
            return new BookingTickets(bookingId, slash < 0 ? null : UUID.fromString(reference.substring(slash + 1)));
        }

        @Override
        public MailKind kind() {
            return MailKind.BOOKING_CONFIRMATION;
        }

        @Override
        public String reference() {
            return issuance == null ? bookingId.toString() : bookingId + "/" + issuance;
        }

        @Override
        public AttachmentPolicy attachments() {
            return new AttachmentPolicy.TicketsPdfOf(bookingId);
        }

        @Override
        public String description() {
            return "booking confirmation of booking " + bookingId;
        }
    }

    /**
     * The link to choose a new password. One mail per reset token (a user asking twice gets two mails, one event
     * published twice gets one); the token is known here only by its fingerprint.
     */
    record PasswordReset(UUID userId, TokenFingerprint tokenFingerprint) implements MailPurpose {

        public PasswordReset {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(tokenFingerprint, "tokenFingerprint");
        }

        @Override
        public MailKind kind() {
            return MailKind.PASSWORD_RESET;
        }

        @Override
        public String reference() {
            return tokenFingerprint.sha256Hex();
        }

        /** The body holds a working reset link until the token is used or expires. */
        @Override
        public BodyRetention bodyRetention() {
            return BodyRetention.ERASE;
        }

        @Override
        public DeliveryPriority priority() {
            return DeliveryPriority.INTERACTIVE;
        }

        @Override
        public String description() {
            return "password reset of user " + userId;
        }
    }

    /** A change of a booking; {@code revision} counts its changes, so each change has its own mail. */
    record ChangedBooking(UUID bookingId, int revision) implements MailPurpose {

        public ChangedBooking {
            Objects.requireNonNull(bookingId, "bookingId");
        }

        /** Parses {@link #reference()}. */
        public static ChangedBooking of(UUID bookingId, String reference) {
            return new ChangedBooking(bookingId, Integer.parseInt(reference.substring(reference.indexOf('/') + 1)));
        }

        @Override
        public MailKind kind() {
            return MailKind.BOOKING_CHANGED;
        }

        @Override
        public String reference() {
            return bookingId + "/" + revision;
        }

        @Override
        public String description() {
            return "change " + revision + " of booking " + bookingId;
        }
    }

    /** One booking cancelled (by its buyer, an administrator, or a declined RSVP). */
    record CancelledBooking(UUID bookingId) implements MailPurpose {

        public CancelledBooking {
            Objects.requireNonNull(bookingId, "bookingId");
        }

        @Override
        public MailKind kind() {
            return MailKind.BOOKING_CANCELLED;
        }

        @Override
        public String reference() {
            return bookingId.toString();
        }

        @Override
        public String description() {
            return "cancellation of booking " + bookingId;
        }
    }

    /**
     * The event was called off: one mail per buyer, keyed by (event, buyer), so the cancellations of a buyer's
     * several bookings make one mail.
     */
    record CancelledEvent(UUID eventId, UUID buyerId) implements MailPurpose {

        public CancelledEvent {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(buyerId, "buyerId");
        }

        /** Parses {@link #reference()}. */
        public static CancelledEvent of(String reference) {
            int slash = reference.indexOf('/');
            return new CancelledEvent(UUID.fromString(reference.substring(0, slash)),
                    UUID.fromString(reference.substring(slash + 1)));
        }

        @Override
        public MailKind kind() {
            return MailKind.EVENT_CANCELLED;
        }

        @Override
        public String reference() {
            return eventId + "/" + buyerId;
        }

        @Override
        public String description() {
            return "cancellation of event " + eventId + " for user " + buyerId;
        }
    }

    /** Seats held for a user from a waiting list: one mail per offer. */
    record OfferedSeats(UUID offerId, UUID userId) implements MailPurpose {

        public OfferedSeats {
            Objects.requireNonNull(offerId, "offerId");
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public MailKind kind() {
            return MailKind.WAITLIST_OFFER;
        }

        @Override
        public String reference() {
            return offerId.toString();
        }

        @Override
        public DeliveryPriority priority() {
            return DeliveryPriority.INTERACTIVE;
        }

        @Override
        public String description() {
            return "waiting-list offer " + offerId + " to user " + userId;
        }
    }

    /** A session reminder: one per booking, session and lead time. */
    record Reminder(UUID bookingId, UUID sessionId, Duration lead) implements MailPurpose {

        public Reminder {
            Objects.requireNonNull(bookingId, "bookingId");
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(lead, "lead");
        }

        /** Parses {@link #reference()}. */
        public static Reminder of(String reference) {
            String[] parts = reference.split("/");
            return new Reminder(UUID.fromString(parts[0]), UUID.fromString(parts[1]), Duration.parse(parts[2]));
        }

        @Override
        public MailKind kind() {
            return MailKind.SESSION_REMINDER;
        }

        @Override
        public String reference() {
            return bookingId + "/" + sessionId + "/" + lead;
        }

        @Override
        public String description() {
            return lead.toHours() + " h reminder of booking " + bookingId;
        }
    }

    /** An event changed where it takes place: one mail per event version and holder. */
    record ChangedEvent(UUID eventId, long version, UUID userId) implements MailPurpose {

        public ChangedEvent {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(userId, "userId");
        }

        /** Parses {@link #reference()}. */
        public static ChangedEvent of(String reference) {
            String[] parts = reference.split("/");
            return new ChangedEvent(UUID.fromString(parts[0]), Long.parseLong(parts[1]), UUID.fromString(parts[2]));
        }

        @Override
        public MailKind kind() {
            return MailKind.EVENT_CHANGED;
        }

        @Override
        public String reference() {
            return eventId + "/" + version + "/" + userId;
        }

        @Override
        public String description() {
            return "change " + version + " of event " + eventId + " for user " + userId;
        }
    }

    /** The welcome of a new account: once per user. */
    record Welcomed(UUID userId) implements MailPurpose {

        public Welcomed {
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public MailKind kind() {
            return MailKind.WELCOME;
        }

        @Override
        public String reference() {
            return userId.toString();
        }

        @Override
        public String description() {
            return "welcome of user " + userId;
        }
    }

    /** A transferred ticket, to its new holder: one mail per transfer. */
    record ReceivedTicket(UUID ticketId) implements MailPurpose {

        public ReceivedTicket {
            Objects.requireNonNull(ticketId, "ticketId");
        }

        @Override
        public MailKind kind() {
            return MailKind.TICKET_RECEIVED;
        }

        @Override
        public String reference() {
            return ticketId.toString();
        }

        /** Somebody was just handed a ticket, maybe at the door. */
        @Override
        public DeliveryPriority priority() {
            return DeliveryPriority.INTERACTIVE;
        }

        /**
         * The mail to an address without an account carries the claim link, which makes the ticket whoever's opens
         * it: like a reset link, its text must not outlive the delivery (the queue does not tell the two apart).
         */
        @Override
        public BodyRetention bodyRetention() {
            return BodyRetention.ERASE;
        }

        @Override
        public String description() {
            return "transfer to the new holder of ticket " + ticketId;
        }
    }

    /** A transferred ticket, to the holder who gave it away: one mail per transfer. */
    record GaveTicket(UUID ticketId) implements MailPurpose {

        public GaveTicket {
            Objects.requireNonNull(ticketId, "ticketId");
        }

        @Override
        public MailKind kind() {
            return MailKind.TICKET_GIVEN;
        }

        @Override
        public String reference() {
            return ticketId.toString();
        }

        @Override
        public String description() {
            return "transfer by the previous holder of ticket " + ticketId;
        }
    }

    /** A transferred ticket nobody claimed, back with its giver: one mail per return (the giver's new ticket). */
    record ReturnedTicket(UUID ticketId) implements MailPurpose {

        public ReturnedTicket {
            Objects.requireNonNull(ticketId, "ticketId");
        }

        @Override
        public MailKind kind() {
            return MailKind.TICKET_RETURNED;
        }

        @Override
        public String reference() {
            return ticketId.toString();
        }

        @Override
        public String description() {
            return "unclaimed transfer returned as ticket " + ticketId;
        }
    }

    /** Seats held for a user from a waiting list lapsed unbooked: one mail per offer. */
    record LapsedOffer(UUID offerId, UUID userId) implements MailPurpose {

        public LapsedOffer {
            Objects.requireNonNull(offerId, "offerId");
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public MailKind kind() {
            return MailKind.WAITLIST_OFFER_EXPIRED;
        }

        @Override
        public String reference() {
            return offerId.toString();
        }

        @Override
        public String description() {
            return "expiry of waiting-list offer " + offerId + " to user " + userId;
        }
    }

    /**
     * A webhook subscription disabled after failing for good, to its organizer: one mail per disabling, so a
     * subscription enabled again and disabled again is reported again.
     */
    record DisabledWebhook(UUID subscriptionId, UUID organizerId, Instant disabledAt) implements MailPurpose {

        public DisabledWebhook {
            Objects.requireNonNull(subscriptionId, "subscriptionId");
            Objects.requireNonNull(organizerId, "organizerId");
            Objects.requireNonNull(disabledAt, "disabledAt");
        }

        /** Parses {@link #reference()}. */
        public static DisabledWebhook of(UUID organizerId, String reference) {
            int slash = reference.indexOf('/');
            return new DisabledWebhook(UUID.fromString(reference.substring(0, slash)), organizerId,
                    Instant.parse(reference.substring(slash + 1)));
        }

        @Override
        public MailKind kind() {
            return MailKind.WEBHOOK_DISABLED;
        }

        @Override
        public String reference() {
            return subscriptionId + "/" + disabledAt;
        }

        @Override
        public String description() {
            return "disabling of webhook subscription " + subscriptionId;
        }
    }
}
