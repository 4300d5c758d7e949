package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.Unsubscription;

import java.net.URI;
import java.util.UUID;

/**
 * One-click unsubscribe links (RFC 8058) that work without signing in and cannot be made up for someone else.
 */
public interface UnsubscribeLinks {

    URI linkFor(UUID userId, MailTopic topic);

    /**
     * Whom and what a link's token unsubscribes.
     *
     * @throws com.evently.ticketing.platform.domain.InvalidInput for a token this service did not issue
     */
    Unsubscription verify(String token);
}
