package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.Registration;
import com.evently.ticketing.analytics.domain.WaitlistOffer;

/** What happens around the bookings that the dashboard counts too: waiting-list offers and new accounts. */
public interface PlatformActivity {

    /** Keeps the offer once, however often it is announced. */
    void recordOffer(WaitlistOffer offer);

    /** Keeps the registration once, however often it is announced. */
    void recordRegistration(Registration registration);
}
