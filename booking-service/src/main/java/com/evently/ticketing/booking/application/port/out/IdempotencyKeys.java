package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.booking.domain.RequestFingerprint;

import java.util.UUID;

/** Remembers which booking each (user, idempotency key) pair produced. */
public interface IdempotencyKeys {

    /**
     * Claims the key for {@code bookingId} within the current transaction. While another transaction holds a
     * claim on the same key, this waits for it to end: then the key is either {@link KeyClaim.AlreadyClaimed}
     * (the other committed) or claimed here (the other rolled back).
     */
    KeyClaim claim(UUID userId, IdempotencyKey key, RequestFingerprint fingerprint, BookingId bookingId);

    sealed interface KeyClaim {

        /** The key is new: it now belongs to the booking being placed, if the transaction commits. */
        record Claimed() implements KeyClaim {
        }

        /** The key already stands for an earlier request and the booking it produced. */
        record AlreadyClaimed(RequestFingerprint fingerprint, BookingId bookingId) implements KeyClaim {
        }
    }
}
