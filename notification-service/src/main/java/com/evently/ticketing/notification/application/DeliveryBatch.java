package com.evently.ticketing.notification.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Duration;
import java.util.Objects;

/**
 * How much one delivery run takes on.
 *
 * @param size  mails one run delivers at most, each claimed on its own
 * @param claim how long a claimed mail stays reserved for its sender; must outlast the slowest delivery of one
 *              mail (fetching the PDF with its retries, then SMTP), or another sender may deliver it a second time
 */
public record DeliveryBatch(int size, Duration claim) {

    public DeliveryBatch {
        Objects.requireNonNull(claim, "claim");
        if (size < 1) {
            throw new InvalidInput("A batch holds at least one mail, was " + size);
        }
        if (claim.isNegative() || claim.isZero()) {
            throw new InvalidInput("A claim lasts a positive time, was " + claim);
        }
    }
}
