package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.adapter.out.templates.ThymeleafMailTemplates;
import com.evently.ticketing.notification.application.ChangingMailPreferences;
import com.evently.ticketing.notification.application.NotifyingEventChange;
import com.evently.ticketing.notification.application.PlanningReminders;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.application.ResendingMail;
import com.evently.ticketing.notification.application.SendingReminders;
import com.evently.ticketing.notification.application.ViewingDeliveryLog;
import com.evently.ticketing.notification.application.port.out.EventOrganizers;
import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.application.port.out.UnsubscribeLinks;
import com.evently.ticketing.notification.application.port.out.WebhookTransport;
import com.evently.ticketing.notification.application.webhook.DeliveringWebhooks;
import com.evently.ticketing.notification.application.webhook.NotifyingDisabledWebhook;
import com.evently.ticketing.notification.application.webhook.RecordingWebhookEvents;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.KnownUser;
import com.evently.ticketing.notification.domain.MailPreferences;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.notification.domain.Unsubscription;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.notification.domain.webhook.AttemptOutcome;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookRetryPolicy;
import com.evently.ticketing.notification.domain.webhook.WebhookSecret;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.testsupport.SteppingClock;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What the fast use-case tests share: every outbound port in memory (the mail queue and its log, known users,
 * preferences, unsubscribe links, held bookings, webhook subscriptions and deliveries, event organizers, a scripted
 * webhook receiver, transactions that just run), a clock the test moves, the service's real templates, and the use
 * cases wired to them as the configuration wires them. A test makes one per test method and reads the fakes' state.
 */
public final class UseCaseFixture {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    public static final ReminderSchedule DEFAULT_LEADS =
            new ReminderSchedule(List.of(Duration.ofHours(24), Duration.ofHours(2)));
    public static final WebUi WEB_UI = new WebUi(URI.create("https://tickets.example.com"));
    public static final Duration WEBHOOK_CLAIM = Duration.ofMinutes(2);
    private static final ThymeleafMailTemplates TEMPLATES = new ThymeleafMailTemplates();

    public final SteppingClock clock = new SteppingClock(NOW);
    public final InMemoryMailQueue mailQueue = new InMemoryMailQueue();
    public final InMemoryKnownUsers knownUsers = new InMemoryKnownUsers();
    public final InMemoryMailPreferences preferences = new InMemoryMailPreferences();
    public final SignedUnsubscribeLinks unsubscribeLinks = new SignedUnsubscribeLinks();
    public final InMemoryHeldBookings heldBookings = new InMemoryHeldBookings();
    public final InMemoryWebhookSubscriptions webhookSubscriptions = new InMemoryWebhookSubscriptions();
    public final InMemoryWebhookDeliveries webhookDeliveries = new InMemoryWebhookDeliveries(webhookSubscriptions);
    public final InMemoryEventOrganizers eventOrganizers = new InMemoryEventOrganizers();
    public final ScriptedWebhookReceiver webhookReceiver = new ScriptedWebhookReceiver();
    public final ImmediateTransactions transactions = new ImmediateTransactions();

    // --- the use cases, wired as the service's configuration wires them

    public QueueingMail queueingMail() {
        return new QueueingMail(mailQueue, TEMPLATES, knownUsers, clock);
    }

    public ResendingMail resendingMail() {
        return new ResendingMail(mailQueue, clock);
    }

    public ViewingDeliveryLog viewingDeliveryLog() {
        return new ViewingDeliveryLog(mailQueue);
    }

    public ChangingMailPreferences changingMailPreferences() {
        return new ChangingMailPreferences(preferences, unsubscribeLinks);
    }

    public SendingReminders sendingReminders(int batchSize) {
        return new SendingReminders(heldBookings, preferences, unsubscribeLinks, queueingMail(), transactions,
                DEFAULT_LEADS, batchSize, Locale.ENGLISH, clock);
    }

    public PlanningReminders planningReminders() {
        return new PlanningReminders(heldBookings);
    }

    public NotifyingEventChange notifyingEventChange() {
        return new NotifyingEventChange(heldBookings, preferences, unsubscribeLinks, queueingMail(), Locale.ENGLISH,
                clock);
    }

    public RecordingWebhookEvents recordingWebhookEvents() {
        return new RecordingWebhookEvents(webhookSubscriptions, webhookDeliveries, eventOrganizers, clock);
    }

    /** @param jitter the random number the retry delays are shortened by, in [0, 1): 0 keeps them exact */
    public DeliveringWebhooks deliveringWebhooks(WebhookRetryPolicy retryPolicy, double jitter) {
        NotifyingDisabledWebhook notifying = new NotifyingDisabledWebhook(webhookSubscriptions, knownUsers,
                queueingMail(), WEB_UI, Locale.ENGLISH);
        return new DeliveringWebhooks(webhookDeliveries, webhookSubscriptions, webhookReceiver, retryPolicy,
                notifying, transactions, WEBHOOK_CLAIM, new FixedRandom(jitter), clock);
    }

    // --- who calls, and what is there already

    public static Caller admin() {
        return new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ADMIN));
    }

    public static Caller user() {
        return new Caller(UUID.randomUUID(), Set.of(Role.USER));
    }

    /** A user identity-service announced, reading mail in English, at {@code user-<id>@example.com}. */
    public KnownUser knownUser(UUID userId) {
        KnownUser user = new KnownUser(userId, new Recipient("user-" + userId + "@example.com", "Grace Hopper"),
                Locale.ENGLISH, NOW.minus(Duration.ofDays(30)));
        knownUsers.remember(user);
        return user;
    }

    /**
     * A confirmed booking held here, of Jazz Night in Berlin, made a week ago, for its holder's session starting at
     * {@code startsAt}.
     */
    public HeldBooking heldBooking(UUID eventId, UUID holderId, Instant startsAt) {
        HeldBooking booking = new HeldBooking(UUID.randomUUID(), holderId,
                new Recipient("holder-" + holderId + "@example.com", "Ada Lovelace"), eventId, UUID.randomUUID(), 2,
                NOW.minus(Duration.ofDays(7)), new EventDetails("Jazz Night", "Blue Hall",
                ZoneId.of("Europe/Berlin"), "Evening show", startsAt, "Standing"));
        heldBookings.confirmed(booking);
        return booking;
    }

    /** An enabled subscription of the organizer to the types, made a day ago. */
    public WebhookSubscription webhookSubscription(UUID organizerId, WebhookEventType... types) {
        WebhookSubscription subscription = WebhookSubscription.create(organizerId,
                URI.create("https://hooks.partner.example/in"), Set.of(types), NOW.minus(Duration.ofDays(1)));
        webhookSubscriptions.add(subscription);
        return subscription;
    }

    // --- the small fakes

    /** Each user's choice in a map; everything for a user who never chose, as the table answers. */
    public static final class InMemoryMailPreferences implements MailPreferencesStore {

        private final Map<UUID, MailPreferences> chosen = new HashMap<>();

        @Override
        public MailPreferences of(UUID userId) {
            return chosen.getOrDefault(userId, MailPreferences.everything(userId));
        }

        @Override
        public void save(MailPreferences preferences) {
            chosen.put(preferences.userId(), preferences);
        }
    }

    /**
     * Unsubscribe links whose token is looked up among the ones this fake issued: a made-up token is refused as
     * {@code HmacUnsubscribeLinks} refuses one it did not sign.
     */
    public static final class SignedUnsubscribeLinks implements UnsubscribeLinks {

        private final Map<String, Unsubscription> issued = new HashMap<>();

        @Override
        public URI linkFor(UUID userId, MailTopic topic) {
            String token = "token-" + userId + "-" + topic;
            issued.put(token, new Unsubscription(userId, topic));
            return URI.create(WEB_UI.baseUrl() + "/api/v1/notifications/unsubscribe?token=" + token);
        }

        @Override
        public Unsubscription verify(String token) {
            Unsubscription unsubscription = issued.get(token);
            if (unsubscription == null) {
                throw new InvalidInput("This unsubscribe link is not valid");
            }
            return unsubscription;
        }

        /** The token of a link this fake issued. */
        public static String tokenOf(URI link) {
            return link.getQuery().substring("token=".length());
        }
    }

    /** Which organizer each event belongs to, in a map. */
    public static final class InMemoryEventOrganizers implements EventOrganizers {

        private final Map<UUID, UUID> organizers = new HashMap<>();

        @Override
        public void remember(UUID eventId, UUID organizerId) {
            organizers.put(eventId, organizerId);
        }

        @Override
        public Optional<UUID> organizerOf(UUID eventId) {
            return Optional.ofNullable(organizers.get(eventId));
        }
    }

    /**
     * A partner's endpoint: answers each request with the next outcome the test queued (2xx once none are left), and
     * keeps what it was sent. {@link #whileSending} runs during a request, as another replica would.
     */
    public static final class ScriptedWebhookReceiver implements WebhookTransport {

        /** One request as the endpoint received it. */
        public record Request(URI url, WebhookSecret secret, UUID deliveryId, Instant timestamp, String payload) {
        }

        private final Deque<AttemptOutcome> answers = new ArrayDeque<>();
        public final List<Request> received = new ArrayList<>();
        public Runnable whileSending = () -> { };

        public void answers(AttemptOutcome... outcomes) {
            answers.addAll(List.of(outcomes));
        }

        @Override
        public AttemptOutcome send(URI url, WebhookSecret secret, UUID deliveryId, Instant timestamp,
                                   String payload) {
            received.add(new Request(url, secret, deliveryId, timestamp, payload));
            whileSending.run();
            return answers.isEmpty() ? new AttemptOutcome.Accepted(200) : answers.removeFirst();
        }
    }

    /** Runs the work at once; counts the units of work, so a test sees which outcome needed one. */
    public static final class ImmediateTransactions implements Transactions {

        public int started;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            started++;
            return work.get();
        }
    }

    /** The jitter the test chose, every time. */
    private record FixedRandom(double value) implements RandomGenerator {

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only nextDouble is drawn");
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }
}
