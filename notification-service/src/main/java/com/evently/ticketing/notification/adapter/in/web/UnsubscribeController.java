package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.application.ChangingMailPreferences;
import com.evently.ticketing.notification.domain.MailTopic;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The one-click unsubscribe link of optional mails, without signing in (the link is signed). A mail client POSTs to
 * it (RFC 8058 {@code List-Unsubscribe-Post}); a person clicking it in the mail gets a page whose button POSTs, so
 * that link scanners fetching the page do not unsubscribe anyone.
 */
@RestController
@RequestMapping("/api/v1/notifications/unsubscribe")
class UnsubscribeController {

    private final ChangingMailPreferences changingMailPreferences;

    UnsubscribeController(ChangingMailPreferences changingMailPreferences) {
        this.changingMailPreferences = changingMailPreferences;
    }

    @Operation(operationId = "unsubscribePage", summary = "The page an unsubscribe link opens")
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String confirmationPage(@RequestParam String token) {
        String escaped = HtmlUtils.htmlEscape(token);
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"><title>Unsubscribe</title></head>
                <body><form method="post" action="?token=%s">
                <p>Stop these mails? Transactional mails (tickets, cancellations) keep coming.</p>
                <button type="submit">Unsubscribe</button></form></body></html>
                """.formatted(escaped);
    }

    @Operation(operationId = "unsubscribe", summary = "Unsubscribe with the token of a mail's link")
    @PostMapping
    UnsubscribedResponse unsubscribe(@RequestParam String token) {
        return new UnsubscribedResponse(changingMailPreferences.unsubscribe(token));
    }

    record UnsubscribedResponse(MailTopic unsubscribed) {
    }
}
