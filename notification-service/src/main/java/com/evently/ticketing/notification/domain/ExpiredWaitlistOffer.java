package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Seats held for a user from the waiting list were not booked by {@code expiresAt} and went on. The mail says so,
 * with the deadline in the event's own time zone, so the user is not left waiting for seats that are gone.
 */
public record ExpiredWaitlistOffer(UUID offerId, UUID userId, Recipient user, int quantity, Instant expiresAt,
                                   EventDetails event) {

    public ExpiredWaitlistOffer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expiresAt, "expiresAt");
        event = event == null ? EventDetails.unknown() : event;
    }

    public Notice notice(WebUi webUi, Locale locale) {
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
