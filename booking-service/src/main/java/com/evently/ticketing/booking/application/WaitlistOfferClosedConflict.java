package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.OfferStatus;

/** The offer cannot be accepted or declined any more: it expired, was declined or was accepted. */
public final class WaitlistOfferClosedConflict extends RuntimeException {

    private final OfferStatus status;

    public WaitlistOfferClosedConflict(OfferStatus status) {
        super(switch (status) {
            case EXPIRED -> "This offer has expired; its seats went to the next in line";
            case DECLINED -> "This offer was declined; its seats went to the next in line";
            case ACCEPTED -> "This offer was accepted already";
            case OPEN -> throw new IllegalArgumentException("an open offer is not closed");
        });
        this.status = status;
    }

    public OfferStatus status() {
        return status;
    }
}
