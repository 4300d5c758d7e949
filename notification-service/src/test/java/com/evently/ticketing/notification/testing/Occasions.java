package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.adapter.out.templates.ThymeleafMailTemplates;
import com.evently.ticketing.notification.domain.BookingCancellation;
import com.evently.ticketing.notification.domain.BookingChange;
import com.evently.ticketing.notification.domain.BookingConfirmation;
import com.evently.ticketing.notification.domain.CancellationCause;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.OutboundMail;
import com.evently.ticketing.notification.domain.PasswordResetRequest;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.ResetToken;
import com.evently.ticketing.notification.domain.WaitlistOffer;

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

    private static final ThymeleafMailTemplates TEMPLATES = new ThymeleafMailTemplates();

    /** The mail a notice asks for, written with the service's real templates (in memory, no Spring). */
    public static OutboundMail mailOf(Notice notice) {
        return new OutboundMail(notice.purpose(), notice.recipient().email(), TEMPLATES.render(notice.letter()));
    }

    /** Jazz Night in Berlin, its evening show starting at 19:30 local time. */
    public static EventDetails jazzNight() {
        return new EventDetails("Jazz Night", "Blue Hall", ZoneId.of("Europe/Berlin"), "Evening show",
                Instant.parse("2026-03-14T18:30:00Z"), "Standing");
    }

    public static BookingCancellation bookingCancellation(UUID bookingId, CancellationCause cause) {
        UUID buyerId = UUID.randomUUID();
        return new BookingCancellation(bookingId, buyerId, new Recipient("buyer-" + buyerId + "@example.com",
                "Ada Lovelace"), UUID.randomUUID(), 2, cause, null, jazzNight());
    }

    public static BookingChange bookingChange(UUID bookingId, int revision) {
        return new BookingChange(bookingId, revision, new Recipient("buyer-" + bookingId + "@example.com", "Ada Lovelace"),
                2, 3, false, false, 0, 1, jazzNight());
    }

    public static WaitlistOffer waitlistOffer(UUID offerId) {
        return new WaitlistOffer(offerId, UUID.randomUUID(), new Recipient("waiting-" + offerId + "@example.com",
                "Ada Lovelace"), 2, Instant.parse("2026-03-10T11:00:00Z"), jazzNight());
    }

    private Occasions() {
    }
}
