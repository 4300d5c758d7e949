package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.PlatformActivity;
import com.evently.ticketing.analytics.domain.WaitlistOffer;

/** Keeps a waiting-list offer, for the waiting-list conversion. Runs in the consumer's inbox transaction. */
public class RecordingWaitlistOffer {

    private final PlatformActivity activity;

    public RecordingWaitlistOffer(PlatformActivity activity) {
        this.activity = activity;
    }

    public void record(WaitlistOffer offer) {
        activity.recordOffer(offer);
    }
}
