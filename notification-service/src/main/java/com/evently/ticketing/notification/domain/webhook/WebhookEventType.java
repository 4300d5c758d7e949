package com.evently.ticketing.notification.domain.webhook;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a partner can subscribe to, under public names that stay stable whatever the internal contracts are called.
 * {@link #PING} is sent on request only and cannot be subscribed to.
 */
public enum WebhookEventType {
    BOOKING_CONFIRMED("booking.confirmed"),
    BOOKING_CHANGED("booking.changed"),
    BOOKING_CANCELLED("booking.cancelled"),
    TICKET_TRANSFERRED("ticket.transferred"),
    TICKET_CHECKED_IN("ticket.checked_in"),
    EVENT_PUBLISHED("event.published"),
    EVENT_UPDATED("event.updated"),
    EVENT_CANCELLED("event.cancelled"),
    EVENT_COMPLETED("event.completed"),
    WAITLIST_OFFER_ACCEPTED("waitlist.offer_accepted"),
    PING("webhook.ping");

    private final String publicName;

    WebhookEventType(String publicName) {
        this.publicName = publicName;
    }

    public String publicName() {
        return publicName;
    }

    /** The types a subscription may name. */
    public static Set<WebhookEventType> subscribable() {
        return EnumSet.complementOf(EnumSet.of(PING));
    }

    /** The subscribable type called {@code name}; refuses unknown names, listing the known ones. */
    public static WebhookEventType subscribableNamed(String name) {
        return Arrays.stream(values())
                .filter(type -> type != PING && type.publicName.equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("unknown event type '" + name + "'; known types are "
                        + subscribable().stream().map(WebhookEventType::publicName).collect(Collectors.joining(", "))));
    }

    /** The type stored under {@code publicName}, as written by this service. */
    public static WebhookEventType fromPublicName(String publicName) {
        return Arrays.stream(values()).filter(type -> type.publicName.equals(publicName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Stored webhook event type unknown: " + publicName));
    }
}
