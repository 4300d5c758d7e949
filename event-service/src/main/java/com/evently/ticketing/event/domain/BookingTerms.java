package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Duration;

/**
 * What the organizer decides about an event's bookings besides prices and seats; booking-service applies them. Each
 * is optional: null leaves it to booking-service's default.
 *
 * @param cancellationCutoff    how long before a session starts its bookings can no longer be cancelled, in whole
 *                              minutes (booking keeps minutes) up to {@link #LONGEST_CANCELLATION_CUTOFF}; zero or
 *                              null: until the session starts
 * @param waitlistOfferLifetime how long seats released to a waiting list are held for the user they are offered to,
 *                              from {@link #SHORTEST_OFFER_LIFETIME} to {@link #LONGEST_OFFER_LIFETIME}; null: booking's
 *                              default ({@code TICKETING_BOOKING_WAITLIST_OFFER_LIFETIME}, 30 minutes)
 */
public record BookingTerms(Duration cancellationCutoff, Duration waitlistOfferLifetime) {

    /** Every term left to booking-service. */
    public static final BookingTerms DEFAULTS = new BookingTerms(null, null);
    /** Further ahead than a season's sales run, a cut-off only means that nothing can be cancelled. */
    public static final Duration LONGEST_CANCELLATION_CUTOFF = Duration.ofDays(90);
    /** Shorter than this, the offer lapses before its mail is read. */
    public static final Duration SHORTEST_OFFER_LIFETIME = Duration.ofMinutes(5);
    /** Longer than this, seats sit unsold for someone who has lost interest while others wait. */
    public static final Duration LONGEST_OFFER_LIFETIME = Duration.ofDays(7);

    public BookingTerms {
        if (cancellationCutoff != null && !isCancellationCutoff(cancellationCutoff)) {
            throw new InvalidInput("a cancellation cut-off is whole minutes from PT0S to " + LONGEST_CANCELLATION_CUTOFF
                    + ", not " + cancellationCutoff);
        }
        if (waitlistOfferLifetime != null && !isWaitlistOfferLifetime(waitlistOfferLifetime)) {
            throw new InvalidInput("a waiting-list offer lifetime is from " + SHORTEST_OFFER_LIFETIME + " to "
                    + LONGEST_OFFER_LIFETIME + ", not " + waitlistOfferLifetime);
        }
    }

    public static boolean isCancellationCutoff(Duration cutoff) {
        return !cutoff.isNegative() && cutoff.compareTo(LONGEST_CANCELLATION_CUTOFF) <= 0
                && cutoff.toSecondsPart() == 0 && cutoff.toNanosPart() == 0;
    }

    public static boolean isWaitlistOfferLifetime(Duration lifetime) {
        return lifetime.compareTo(SHORTEST_OFFER_LIFETIME) >= 0 && lifetime.compareTo(LONGEST_OFFER_LIFETIME) <= 0;
    }
}
