package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.domain.BookingConfirmation;
import com.evently.ticketing.notification.domain.PasswordResetRequest;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.ResetToken;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The occasions a mail is sent for, made up for the fast use-case tests. */
public final class Occasions {

    public static BookingConfirmation bookingConfirmation(UUID bookingId) {
        return new BookingConfirmation(bookingId, new Recipient("holder-" + bookingId + "@example.com", "Ada Lovelace"),
                "Jazz Night", "Blue Hall", ZoneId.of("Europe/Berlin"), "Evening show",
                Instant.parse("2026-03-14T18:30:00Z"), "Standing",
                List.of("TKT-AAAA-BBBB-CCCC-0001", "TKT-AAAA-BBBB-CCCC-0002"));
    }

    /** A reset request with a fresh token of the length and alphabet identity-service issues. */
    public static PasswordResetRequest passwordResetRequest(UUID userId) {
        return passwordResetRequest(userId, new ResetToken("token-" + UUID.randomUUID() + "-" + UUID.randomUUID()));
    }

    public static PasswordResetRequest passwordResetRequest(UUID userId, ResetToken token) {
        return new PasswordResetRequest(userId, new Recipient("account-" + userId + "@example.com", "Ada Lovelace"),
                token, Instant.parse("2026-07-01T22:00:00Z"));
    }

    private Occasions() {
    }
}
