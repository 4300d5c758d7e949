package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.AvailabilityPublications;
import com.evently.ticketing.booking.domain.AvailabilityChange;
import com.evently.ticketing.booking.domain.AvailabilityNotice;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.platform.domain.Transactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishingAvailabilityTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final List<String> journal = new ArrayList<>();
    final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            journal.add("begin");
            T result = work.get();
            journal.add("commit");
            return result;
        }
    };

    static InventoryLine line(int available) {
        return new InventoryLine(new InventoryLineKey(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), 10,
                available);
    }

    PublishingAvailability publishing(List<AvailabilityChange> changed, int batchSize) {
        AvailabilityPublications publications = new AvailabilityPublications() {
            @Override
            public List<AvailabilityChange> claimChanged(int limit) {
                journal.add("claim " + limit);
                return changed;
            }

            @Override
            public void recordAnnounced(List<AvailabilityNotice> notices) {
                notices.forEach(notice -> journal.add("record " + notice.line().available() + " at " + notice.observedAt()));
            }
        };
        return new PublishingAvailability(transactions, publications,
                notice -> journal.add("announce " + notice.line().available() + " at " + notice.observedAt()),
                Clock.fixed(NOW, ZoneOffset.UTC), batchSize);
    }

    @Test
    void announcesAndRecordsEveryChangedLineInOneTransaction() {
        List<AvailabilityChange> changed = List.of(
                new AvailabilityChange(line(7), Optional.empty()),
                new AvailabilityChange(line(0), Optional.of(NOW.plusSeconds(2))));

        int announced = publishing(changed, 100).publishChanges();

        assertThat(announced).isEqualTo(2);
        assertThat(journal).containsExactly(
                "begin",
                "claim 100",
                "announce 7 at " + NOW,
                "announce 0 at " + NOW.plusSeconds(2).plusNanos(1_000),
                "record 7 at " + NOW,
                "record 0 at " + NOW.plusSeconds(2).plusNanos(1_000),
                "commit");
    }

    @Test
    void nothingChangedAnnouncesNothing() {
        assertThat(publishing(List.of(), 100).publishChanges()).isZero();
        assertThat(journal).containsExactly("begin", "claim 100", "commit");
    }

    @Test
    void aBatchNeedsRoomForOneLine() {
        assertThatThrownBy(() -> publishing(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
