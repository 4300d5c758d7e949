package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The wording of the password reset mail, as plain text and as HTML: the link, when it stops working, and that
 * nothing happens if the reader did not ask (somebody may have typed their address by mistake, or on purpose).
 */
final class PasswordResetMail {

    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    static MailContent compose(PasswordResetRequest request, URI link, ZoneId expiryShownIn) {
        String greeting = request.account().greetingName();
        String email = request.account().email();
        String expiry = EXPIRY.format(request.expiresAt().atZone(expiryShownIn)) + " (" + expiryShownIn.getId() + ")";
        return new MailContent("Reset your Evently password",
                plainText(greeting, email, link, expiry), html(greeting, email, link, expiry));
    }

    private static String plainText(String greeting, String email, URI link, String expiry) {
        return """
                Hello %s,

                somebody asked to reset the password of the Evently account %s.
                To choose a new password, open this link:

                %s

                The link works once and expires on %s.

                If you did not ask for this, you can ignore this mail: your password stays as it is.

                Evently Tickets
                """.formatted(greeting, email, link, expiry);
    }

    private static String html(String greeting, String email, URI link, String expiry) {
        String href = Html.escape(link.toString());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <body>
                <p>Hello %s,</p>
                <p>somebody asked to reset the password of the Evently account %s.</p>
                <p><a href="%s">Choose a new password</a></p>
                <p>Or copy this address into your browser:<br>%s</p>
                <p>The link works once and expires on %s.</p>
                <p>If you did not ask for this, you can ignore this mail: your password stays as it is.</p>
                <p>Evently Tickets</p>
                </body>
                </html>
                """.formatted(Html.escape(greeting), Html.escape(email), href, href, Html.escape(expiry));
    }

    private PasswordResetMail() {
    }
}
