package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.AvailabilityNotices;
import com.evently.ticketing.booking.application.port.out.AvailabilityPublications;
import com.evently.ticketing.booking.domain.AvailabilityChange;
import com.evently.ticketing.booking.domain.AvailabilityNotice;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Tells the catalog how many seats its lines have left. Debounced by construction: it compares each line with what
 * was last announced about it, so a line that sold a hundred seats since the previous run gets one notice, and a
 * line that did not change gets none. Safe with several replicas running it at once: each claims the lines it
 * announces, and skips those another replica is announcing.
 */
public final class PublishingAvailability {

    private final Transactions transactions;
    private final AvailabilityPublications publications;
    private final AvailabilityNotices notices;
    private final Clock clock;
    private final int batchSize;

    public PublishingAvailability(Transactions transactions, AvailabilityPublications publications,
                                  AvailabilityNotices notices, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.transactions = transactions;
        this.publications = publications;
        this.notices = notices;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Announces up to one batch of changed lines, and records what it announced, in one transaction with the
     * notices' outbox rows: a notice exists if and only if its line is recorded as announced.
     *
     * @return how many lines were announced; a full batch means more may be waiting
     */
    public int publishChanges() {
        return transactions.inTransaction(() -> {
            List<AvailabilityChange> changes = publications.claimChanged(batchSize);
            Instant now = clock.instant();
            List<AvailabilityNotice> announced = changes.stream().map(change -> change.noticeAt(now)).toList();
            announced.forEach(notices::announce);
            publications.recordAnnounced(announced);
            return announced.size();
        });
    }

    public int batchSize() {
        return batchSize;
    }
}
