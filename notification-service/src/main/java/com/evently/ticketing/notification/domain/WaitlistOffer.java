package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Seats came free and are held for a user from the waiting list until {@code expiresAt}. The offer mail links to the
 * web UI's offer page, where the user accepts; when the seats were not booked in time the lapse mail says they went
 * on, so the user is not left waiting for seats that are gone. Both state the deadline in the event's own time zone.
 */
public record WaitlistOffer(UUID offerId, UUID userId, Recipient user, int quantity, Instant expiresAt,
                            EventDetails event) {

    public WaitlistOffer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expiresAt, "expiresAt");
        event = event == null ? EventDetails.unknown() : event;
    }

    public Notice notice(WebUi webUi, Locale locale) {
        return new Notice(new MailPurpose.OfferedSeats(offerId, userId), user,
                Letter.of(MailKind.WAITLIST_OFFER, locale)
                        .with("name", user.name())
                        .with(event)
                        .with("quantity", quantity)
                        .with("link", webUi.offerPage(offerId).toString())
                        .with("expiresAt", expiresAt.atZone(event.timeZone()))
                        .build());
    }

    /** The offer ran out unaccepted. */
    public Notice lapseNotice(WebUi webUi, Locale locale) {
        return new Notice(new MailPurpose.LapsedOffer(offerId, userId), user,
                Letter.of(MailKind.WAITLIST_OFFER_EXPIRED, locale)
                        .with("name", user.name())
                        .with(event)
                        .with("quantity", quantity)
                        .with("link", webUi.baseUrl().toString())
                        .with("expiresAt", expiresAt.atZone(event.timeZone()))
                        .build());
    }
}
