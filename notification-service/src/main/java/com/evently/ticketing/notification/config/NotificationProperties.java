package com.evently.ticketing.notification.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** {@code ticketing.notification.*}: checked at start-up, so a bad setting stops the service instead of every mail. */
@Validated
@ConfigurationProperties("ticketing.notification")
public record NotificationProperties(
        @Valid @NotNull @DefaultValue Mail mail,
        @Valid @NotNull @DefaultValue TicketService ticketService,
        @Valid @NotNull @DefaultValue Delivery delivery,
        @Valid @NotNull @DefaultValue Web web,
        @Valid @NotNull @DefaultValue PasswordReset passwordReset,
        @Valid @NotNull @DefaultValue Reminders reminders,
        @Valid @NotNull @DefaultValue Unsubscribe unsubscribe) {

    /**
     * @param from     the sender address of every mail (MAIL_FROM)
     * @param language the language of mails to recipients whose own is not known here (NOTIFICATION_LANGUAGE:
     *                 {@code en}, or {@code de}); a known user's mails are written in the language identity announced
     */
    public record Mail(@NotBlank @Email @DefaultValue("tickets@evently.local") String from,
                       @NotNull @DefaultValue("en") Locale language) {
    }

    /**
     * Where the tickets PDFs come from (TICKET_SERVICE_URL). Retry and circuit breaker settings are under
     * {@code resilience4j.*.instances.ticket-service}.
     */
    public record TicketService(
            @NotNull @DefaultValue("http://localhost:8084") URI baseUrl,
            @NotNull @DefaultValue("2s") Duration connectTimeout,
            @NotNull @DefaultValue("10s") Duration readTimeout) {
    }

    /**
     * @param pollInterval    the longest pause between delivery runs, the fallback: a mail queued on this replica
     *                        starts a run as soon as its transaction commits, so the poll serves retries whose time
     *                        has come, mails queued by another replica and mails left after a crash
     * @param batchSize       mails a sender delivers (claiming each on its own) before it counts and logs their
     *                        outcomes and looks again
     * @param senders         how many mails one replica delivers at once (each on its own claim)
     * @param claim           how long a claimed mail is reserved for its sender: longer than the slowest delivery
     *                        (PDF download with its retries, then SMTP), or a second sender may deliver it again
     * @param maxAttempts     delivery attempts before a mail is marked failed
     * @param firstRetryDelay wait after the first failed attempt; doubled after each further one
     * @param maxRetryDelay   the longest wait between attempts
     * @param outageRetryDelay how long a mail waits when the tickets PDF could not be fetched because ticket-service
     *                        is down or its circuit breaker open; such a wait costs no attempt. Short, so that mails
     *                        go out soon after the outage ends (the breaker keeps the calls from piling onto it)
     * @param retention       how long sent and finally failed mails are kept (the delivery log) before they are
     *                        deleted; mails still waiting to be sent are never deleted
     */
    public record Delivery(
            @NotNull @DefaultValue("5s") Duration pollInterval,
            @Min(1) @Max(500) @DefaultValue("20") int batchSize,
            @Min(1) @Max(32) @DefaultValue("4") int senders,
            @NotNull @DefaultValue("5m") Duration claim,
            @Min(1) @Max(100) @DefaultValue("8") int maxAttempts,
            @NotNull @DefaultValue("30s") Duration firstRetryDelay,
            @NotNull @DefaultValue("1h") Duration maxRetryDelay,
            @NotNull @DefaultValue("15s") Duration outageRetryDelay,
            @NotNull @DefaultValue("90d") Duration retention) {
    }

    /** @param baseUrl where users reach the web UI (TICKETING_WEB_BASE_URL); mails link to its pages */
    public record Web(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl) {
    }

    /**
     * @param expiryTimeZone the zone the reset mail states the link's expiry in (NOTIFICATION_TIME_ZONE); UTC
     *                       unless the users share one zone
     */
    public record PasswordReset(@NotNull @DefaultValue("UTC") ZoneId expiryTimeZone) {
    }

    /**
     * Session reminders to holders of confirmed bookings.
     *
     * @param leads        how long before a session's start its reminders go out (NOTIFICATION_REMINDER_LEADS);
     *                     one per lead, and only the shortest due one when the service catches up after a pause
     * @param pollInterval pause between reminder runs
     * @param batchSize    bookings one query of a run takes at a time
     */
    public record Reminders(
            @NotEmpty @DefaultValue({"24h", "2h"}) List<@NotNull Duration> leads,
            @NotNull @DefaultValue("1m") Duration pollInterval,
            @Min(1) @Max(1000) @DefaultValue("200") int batchSize) {
    }

    /**
     * @param secret base64 of at least 32 random bytes (NOTIFICATION_UNSUBSCRIBE_SECRET): the key unsubscribe links
     *               are signed with, the same on every replica. Unset, each process makes up its own, and links
     *               work only on the replica that sent them, until it restarts.
     */
    public record Unsubscribe(@DefaultValue("") String secret) {
    }
}
