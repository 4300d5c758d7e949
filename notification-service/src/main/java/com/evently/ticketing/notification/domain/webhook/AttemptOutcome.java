package com.evently.ticketing.notification.domain.webhook;

/** What one attempt to deliver a webhook came to. */
public sealed interface AttemptOutcome {

    /** The receiver answered 2xx. */
    record Accepted(int status) implements AttemptOutcome {
    }

    /** The receiver answered, but not 2xx (a redirect too: redirects are not followed). */
    record Rejected(int status, String detail) implements AttemptOutcome {
    }

    /** No answer: connection refused, timed out, TLS failed. */
    record Unreachable(String reason) implements AttemptOutcome {
    }

    /** Not sent at all: the target now resolves to an address the policy forbids. */
    record TargetRefused(String reason) implements AttemptOutcome {
    }
}
