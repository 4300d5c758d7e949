package com.evently.ticketing.notification.adapter.in.web;

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

/** The webhook API's expected failures as problem+json; the platform's advice handles the rest. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookProblemHandler {

    @ExceptionHandler(WebhookNotFound.class)
    ProblemDetail notFound(WebhookNotFound e) {
        return Problems.of(WebhookProblem.WEBHOOK_NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(WebhookConflict.class)
    ProblemDetail conflict(WebhookConflict e) {
        return Problems.of(WebhookProblem.WEBHOOK_DELIVERY_PENDING, e.getMessage());
    }

    @ExceptionHandler(WebhookNotPermitted.class)
    ProblemDetail notPermitted(WebhookNotPermitted e) {
        return Problems.of(PlatformProblem.FORBIDDEN, e.getMessage());
    }
}
