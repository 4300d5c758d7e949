package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.PlatformActivity;
import com.evently.ticketing.analytics.domain.Registration;

/** Keeps a new account, for the platform dashboard's new users. Runs in the consumer's inbox transaction. */
public class RecordingRegistration {

    private final PlatformActivity activity;

    public RecordingRegistration(PlatformActivity activity) {
        this.activity = activity;
    }

    public void record(Registration registration) {
        activity.recordRegistration(registration);
    }
}
