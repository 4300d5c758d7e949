package com.evently.ticketing.notification.domain;

import java.util.Objects;
import java.util.UUID;

/** Which optional mails a user receives; everything until they say otherwise. */
public record MailPreferences(UUID userId, boolean reminders, boolean eventChanges) {

    public MailPreferences {
        Objects.requireNonNull(userId, "userId");
    }

    public static MailPreferences everything(UUID userId) {
        return new MailPreferences(userId, true, true);
    }

    public boolean allows(MailTopic topic) {
        return switch (topic) {
            case REMINDERS -> reminders;
            case EVENT_CHANGES -> eventChanges;
        };
    }

    public MailPreferences without(MailTopic topic) {
        return switch (topic) {
            case REMINDERS -> new MailPreferences(userId, false, eventChanges);
            case EVENT_CHANGES -> new MailPreferences(userId, reminders, false);
        };
    }
}
