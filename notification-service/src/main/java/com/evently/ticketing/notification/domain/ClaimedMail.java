package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/**
 * A queued mail one sender has taken for a while to deliver it.
 *
 * @param attempt the number of this delivery attempt, starting at 1
 * @param claim   identifies this claim, so only its holder records the attempt's outcome
 */
public record ClaimedMail(UUID id, OutboundMail mail, int attempt, UUID claim) {

    public ClaimedMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(claim, "claim");
        if (attempt < 1) {
            throw new InvalidInput("Attempts are counted from 1, was " + attempt);
        }
    }
}
