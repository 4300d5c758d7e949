package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.application.port.out.UnsubscribeLinks;
import com.evently.ticketing.notification.domain.MailPreferences;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.Unsubscription;
import com.evently.ticketing.platform.domain.Caller;

/**
 * A user chooses which optional mails (reminders, event changes) they get: in their profile, or with the one-click
 * link such a mail carries. Transactional mails cannot be switched off here.
 */
public final class ChangingMailPreferences {

    private final MailPreferencesStore preferences;
    private final UnsubscribeLinks unsubscribeLinks;

    public ChangingMailPreferences(MailPreferencesStore preferences, UnsubscribeLinks unsubscribeLinks) {
        this.preferences = preferences;
        this.unsubscribeLinks = unsubscribeLinks;
    }

    public MailPreferences current(Caller caller) {
        return preferences.of(caller.id());
    }

    public MailPreferences change(Caller caller, boolean reminders, boolean eventChanges) {
        MailPreferences chosen = new MailPreferences(caller.id(), reminders, eventChanges);
        preferences.save(chosen);
        return chosen;
    }

    /** Follows a one-click link; following it twice changes nothing more. */
    public MailTopic unsubscribe(String token) {
        Unsubscription unsubscription = unsubscribeLinks.verify(token);
        preferences.save(preferences.of(unsubscription.userId()).without(unsubscription.topic()));
        return unsubscription.topic();
    }
}
