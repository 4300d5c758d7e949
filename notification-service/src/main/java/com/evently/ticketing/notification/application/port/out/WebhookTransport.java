package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.webhook.AttemptOutcome;
import com.evently.ticketing.notification.domain.webhook.WebhookSecret;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Sends one signed webhook request; refuses targets the policy forbids at the moment of sending. */
public interface WebhookTransport {

    AttemptOutcome send(URI url, WebhookSecret secret, UUID deliveryId, Instant timestamp, String payload);
}
