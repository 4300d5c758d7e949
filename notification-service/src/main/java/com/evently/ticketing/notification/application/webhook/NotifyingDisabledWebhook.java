package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.application.QueueOutcome;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.application.port.out.KnownUsers;
import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.domain.KnownUser;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.notification.domain.WebhookDisabling;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Mails the organizer who owns a webhook subscription that was just disabled: which endpoint, the last error, and
 * how to enable it again. Called in the transaction that disabled it, so the mail is queued if and only if the
 * subscription was disabled, once per disabling. The organizer's address comes from the users identity-service
 * announced; an organizer not known here (registered before this service kept users) cannot be mailed.
 */
public class NotifyingDisabledWebhook {

    private final WebhookSubscriptions subscriptions;
    private final KnownUsers knownUsers;
    private final QueueingMail queueingMail;
    private final WebUi webUi;
    private final Locale language;

    /** @param language the language of the mail when the organizer's own is not known */
    public NotifyingDisabledWebhook(WebhookSubscriptions subscriptions, KnownUsers knownUsers,
                                    QueueingMail queueingMail, WebUi webUi, Locale language) {
        this.subscriptions = subscriptions;
        this.knownUsers = knownUsers;
        this.queueingMail = queueingMail;
        this.webUi = webUi;
        this.language = language;
    }

    public Outcome disabled(UUID subscriptionId, String lastError) {
        Optional<WebhookSubscription> found = subscriptions.find(subscriptionId);
        if (found.isEmpty() || found.get().disabledAt() == null) {
            return new Outcome.NoSubscription();
        }
        WebhookSubscription subscription = found.get();
        Optional<KnownUser> organizer = knownUsers.find(subscription.organizerId());
        if (organizer.isEmpty()) {
            return new Outcome.OrganizerUnknown(subscription.organizerId());
        }
        WebhookDisabling disabling = new WebhookDisabling(subscription.id(), subscription.organizerId(),
                organizer.get().contact(), subscription.url(), lastError, subscription.disabledAt());
        return new Outcome.Mailed(queueingMail.queue(disabling.notice(webUi, language)));
    }

    /** Whether the organizer was mailed, for the delivery job's log. */
    public sealed interface Outcome {

        record Mailed(QueueOutcome queued) implements Outcome {
        }

        /** No address for the organizer: identity has not announced them to this service. */
        record OrganizerUnknown(UUID organizerId) implements Outcome {
        }

        /** Deleted, or enabled again, meanwhile: nothing to report. */
        record NoSubscription() implements Outcome {
        }
    }
}
