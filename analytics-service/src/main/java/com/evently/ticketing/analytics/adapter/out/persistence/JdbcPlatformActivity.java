package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.PlatformActivity;
import com.evently.ticketing.analytics.domain.Registration;
import com.evently.ticketing.analytics.domain.WaitlistOffer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;

/** Tables {@code waitlist_offers} and {@code registered_users}, keyed so that a repeated announcement adds nothing. */
@Repository
class JdbcPlatformActivity implements PlatformActivity {

    private final JdbcClient jdbc;

    JdbcPlatformActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordOffer(WaitlistOffer offer) {
        jdbc.sql("""
                        INSERT INTO waitlist_offers (offer_id, event_id, session_id, ticket_type_id, user_id, quantity,
                                                     offered_at, expires_at)
                        VALUES (:offerId, :eventId, :sessionId, :ticketTypeId, :userId, :quantity, :offeredAt, :expiresAt)
                        ON CONFLICT (offer_id) DO NOTHING
                        """)
                .param("offerId", offer.offerId())
                .param("eventId", offer.eventId())
                .param("sessionId", offer.line().sessionId())
                .param("ticketTypeId", offer.line().ticketTypeId())
                .param("userId", offer.userId())
                .param("quantity", offer.line().quantity())
                .param("offeredAt", Timestamp.from(offer.offeredAt()))
                .param("expiresAt", Timestamp.from(offer.expiresAt()))
                .update();
    }

    @Override
    public void recordRegistration(Registration registration) {
        jdbc.sql("""
                        INSERT INTO registered_users (user_id, registered_at) VALUES (:userId, :registeredAt)
                        ON CONFLICT (user_id) DO NOTHING
                        """)
                .param("userId", registration.userId())
                .param("registeredAt", Timestamp.from(registration.registeredAt()))
                .update();
    }
}
