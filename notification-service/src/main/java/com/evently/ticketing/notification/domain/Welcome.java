package com.evently.ticketing.notification.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Somebody created an account: they are welcomed once, with a link to the web UI. */
public record Welcome(UUID userId, Recipient account) {

    public Welcome {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(account, "account");
    }

    public Notice notice(WebUi webUi, Locale locale) {
        return new Notice(new MailPurpose.Welcomed(userId), account,
                Letter.of(MailKind.WELCOME, locale)
                        .with("name", account.name())
                        .with("email", account.email())
                        .with("link", webUi.baseUrl().toString())
                        .build());
    }
}
