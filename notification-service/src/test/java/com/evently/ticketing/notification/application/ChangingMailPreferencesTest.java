package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.domain.MailPreferences;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.testing.UseCaseFixture;
import com.evently.ticketing.notification.testing.UseCaseFixture.SignedUnsubscribeLinks;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.notification.testing.UseCaseFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing optional mails in the profile and with the one-click link, against in-memory preferences. */
class ChangingMailPreferencesTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final ChangingMailPreferences changing = fixture.changingMailPreferences();
    private final Caller caller = user();

    @Test
    void aUserWhoNeverChoseGetsEveryOptionalMail() {
        assertThat(changing.current(caller)).isEqualTo(new MailPreferences(caller.id(), true, true));
    }

    @Test
    void aChoiceIsKeptAndReadBack() {
        MailPreferences chosen = changing.change(caller, false, true);

        assertThat(chosen).isEqualTo(new MailPreferences(caller.id(), false, true));
        assertThat(changing.current(caller)).isEqualTo(chosen);
        Caller other = user();
        assertThat(changing.current(other)).as("another user's").isEqualTo(new MailPreferences(other.id(), true, true));
    }

    @Test
    void theOneClickLinkStopsItsTopicOnlyAndFollowingItAgainChangesNothingMore() {
        String token = SignedUnsubscribeLinks.tokenOf(fixture.unsubscribeLinks.linkFor(caller.id(), MailTopic.REMINDERS));

        MailTopic first = changing.unsubscribe(token);
        MailTopic again = changing.unsubscribe(token);

        assertThat(first).isEqualTo(MailTopic.REMINDERS);
        assertThat(again).isEqualTo(MailTopic.REMINDERS);
        assertThat(changing.current(caller)).isEqualTo(new MailPreferences(caller.id(), false, true));
    }

    @Test
    void theLinkKeepsWhatTheUserChoseForTheOtherTopic() {
        changing.change(caller, true, false);
        String token = SignedUnsubscribeLinks.tokenOf(fixture.unsubscribeLinks.linkFor(caller.id(), MailTopic.REMINDERS));

        changing.unsubscribe(token);

        assertThat(changing.current(caller)).isEqualTo(new MailPreferences(caller.id(), false, false));
    }

    @Test
    void aTokenThisServiceDidNotIssueIsRefusedAndChangesNothing() {
        changing.change(caller, true, true);

        assertThatThrownBy(() -> changing.unsubscribe("token-" + caller.id() + "-REMINDERS-forged"))
                .isInstanceOf(InvalidInput.class);

        assertThat(changing.current(caller)).isEqualTo(new MailPreferences(caller.id(), true, true));
    }
}
