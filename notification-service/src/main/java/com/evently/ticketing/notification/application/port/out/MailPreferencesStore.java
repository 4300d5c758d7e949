package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.MailPreferences;

import java.util.UUID;

/** Each user's choice of optional mails. */
public interface MailPreferencesStore {

    /** The user's preferences; everything for a user who never chose. */
    MailPreferences of(UUID userId);

    void save(MailPreferences preferences);
}
