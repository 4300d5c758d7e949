package com.evently.ticketing.notification.domain;

/** What the delivery log keeps of a mail's text once the mail has left the queue (sent, or given up on). */
public enum BodyRetention {
    /** Kept, to answer "what exactly did we send?". */
    KEEP,
    /** Blanked: the text carries a secret (a reset link) that must not outlive the delivery. */
    ERASE
}
