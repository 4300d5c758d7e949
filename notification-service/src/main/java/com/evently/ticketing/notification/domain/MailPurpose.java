package com.evently.ticketing.notification.domain;

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

    AttachmentPolicy attachments();

    BodyRetention bodyRetention();

    /** Names the occasion in logs and delivery outcomes; never carries a secret or a recipient. */
    String description();

    /** A booking's tickets, sent once every seat has its ticket; the tickets PDF travels along. */
    record BookingTickets(UUID bookingId) implements MailPurpose {

        public BookingTickets {
            Objects.requireNonNull(bookingId, "bookingId");
        }

        @Override
        public MailKind kind() {
            return MailKind.BOOKING_CONFIRMATION;
        }

        @Override
        public String reference() {
            return bookingId.toString();
        }

        @Override
        public AttachmentPolicy attachments() {
            return new AttachmentPolicy.TicketsPdfOf(bookingId);
        }

        @Override
        public BodyRetention bodyRetention() {
            return BodyRetention.KEEP;
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

        @Override
        public AttachmentPolicy attachments() {
            return new AttachmentPolicy.Nothing();
        }

        /** The body holds a working reset link until the token is used or expires. */
        @Override
        public BodyRetention bodyRetention() {
            return BodyRetention.ERASE;
        }

        @Override
        public String description() {
            return "password reset of user " + userId;
        }
    }
}
