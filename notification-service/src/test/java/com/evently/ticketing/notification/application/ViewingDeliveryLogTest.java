package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.domain.CancellationCause;
import com.evently.ticketing.notification.domain.DeliveryLogQuery;
import com.evently.ticketing.notification.domain.LoggedMail;
import com.evently.ticketing.notification.domain.LoggedMails;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.MailStatus;
import com.evently.ticketing.notification.domain.NotificationNotPermitted;
import com.evently.ticketing.notification.testing.UseCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.bookingCancellation;
import static com.evently.ticketing.notification.testing.Occasions.bookingConfirmation;
import static com.evently.ticketing.notification.testing.UseCaseFixture.admin;
import static com.evently.ticketing.notification.testing.UseCaseFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the delivery log, as an administrator and as a user, against the in-memory queue. */
class ViewingDeliveryLogTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final ViewingDeliveryLog viewing = fixture.viewingDeliveryLog();

    @Test
    void anAdministratorSearchesEveryonesMailsNewestFirst() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        queueConfirmation(first);
        fixture.clock.advance(Duration.ofMinutes(1));
        queueConfirmation(second);

        LoggedMails all = viewing.search(admin(), new DeliveryLogQuery(null, null, null, null, null, 0, 10));

        assertThat(all.total()).isEqualTo(2);
        assertThat(all.items()).extracting(LoggedMail::recipient)
                .containsExactly("holder-" + second + "@example.com", "holder-" + first + "@example.com");
        assertThat(all.items()).allSatisfy(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.BOOKING_CONFIRMATION);
            assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
            assertThat(mail.subject()).isEqualTo("Your tickets for Jazz Night");
        });
    }

    @Test
    void aSearchNarrowedByKindAndPagedCountsEveryMatch() {
        for (int i = 0; i < 3; i++) {
            queueConfirmation(UUID.randomUUID());
            fixture.clock.advance(Duration.ofMinutes(1));
        }
        fixture.queueingMail().queue(bookingCancellation(UUID.randomUUID(),
                CancellationCause.BUYER).notice(Locale.ENGLISH));

        LoggedMails page = viewing.search(admin(),
                new DeliveryLogQuery(null, MailKind.BOOKING_CONFIRMATION, MailStatus.PENDING, null, null, 1, 2));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).singleElement()
                .satisfies(mail -> assertThat(mail.kind()).isEqualTo(MailKind.BOOKING_CONFIRMATION));
    }

    @Test
    void onlyAnAdministratorSearchesTheLog() {
        queueConfirmation(UUID.randomUUID());

        assertThatThrownBy(() -> viewing.search(user(), new DeliveryLogQuery(null, null, null, null, null, 0, 10)))
                .isInstanceOf(NotificationNotPermitted.class);
    }

    @Test
    void aUserSeesTheMailsSentToTheirOwnAddressInAnyLetterCase() {
        UUID mine = UUID.randomUUID();
        queueConfirmation(mine);
        queueConfirmation(UUID.randomUUID());

        LoggedMails own = viewing.ownMails("HOLDER-" + mine + "@Example.com", 0, 20);

        assertThat(own.total()).isEqualTo(1);
        assertThat(own.items()).extracting(LoggedMail::recipient).containsExactly("holder-" + mine + "@example.com");
    }

    @Test
    void aCallerWhoseTokenNamesNoAddressSeesNoMails() {
        queueConfirmation(UUID.randomUUID());

        assertThat(viewing.ownMails(null, 0, 20)).isEqualTo(new LoggedMails(List.of(), 0));
        assertThat(viewing.ownMails("  ", 0, 20).items()).isEmpty();
    }

    private void queueConfirmation(UUID bookingId) {
        fixture.queueingMail().queue(bookingConfirmation(bookingId).notice(Locale.ENGLISH));
    }
}
