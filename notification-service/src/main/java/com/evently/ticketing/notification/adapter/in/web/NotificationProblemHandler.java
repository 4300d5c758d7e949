package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.domain.NotificationConflict;
import com.evently.ticketing.notification.domain.NotificationNotFound;
import com.evently.ticketing.notification.domain.NotificationNotPermitted;
import com.evently.ticketing.notification.domain.webhook.WebhookConflict;
import com.evently.ticketing.notification.domain.webhook.WebhookNotFound;
import com.evently.ticketing.notification.domain.webhook.WebhookNotPermitted;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * This service's expected failures (delivery log, preferences and webhook API) as problem+json, each answered with
 * a type of its {@link NotificationProblem} catalogue; the platform's advice handles the rest.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblemHandler {

    @ExceptionHandler(NotificationNotFound.class)
    ProblemDetail notFound(NotificationNotFound e) {
        return Problems.of(NotificationProblem.NOTIFICATION_NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NotificationConflict.class)
    ProblemDetail notResendable(NotificationConflict e) {
        return Problems.of(NotificationProblem.NOTIFICATION_NOT_RESENDABLE, e.getMessage());
    }

    @ExceptionHandler(WebhookNotFound.class)
    ProblemDetail webhookNotFound(WebhookNotFound e) {
        return Problems.of(NotificationProblem.WEBHOOK_NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(WebhookConflict.class)
    ProblemDetail webhookDeliveryPending(WebhookConflict e) {
        return Problems.of(NotificationProblem.WEBHOOK_DELIVERY_PENDING, e.getMessage());
    }

    @ExceptionHandler({NotificationNotPermitted.class, WebhookNotPermitted.class})
    ProblemDetail notPermitted(RuntimeException e) {
        return Problems.of(PlatformProblem.FORBIDDEN, e.getMessage());
    }
}
