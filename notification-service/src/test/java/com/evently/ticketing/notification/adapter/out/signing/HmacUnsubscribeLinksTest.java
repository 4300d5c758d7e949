package com.evently.ticketing.notification.adapter.out.signing;

import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.Unsubscription;
import com.evently.ticketing.notification.domain.WebUi;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HmacUnsubscribeLinksTest {

    private static final WebUi GATEWAY = new WebUi(URI.create("https://tickets.example.com/"));
    private static final byte[] KEY = filled(7);

    private final HmacUnsubscribeLinks links = new HmacUnsubscribeLinks(GATEWAY, KEY);

    @Test
    void theSecretIsRequiredAndMustBeLongEnoughWithoutBeingRepeatedInTheError() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> HmacUnsubscribeLinks.fromBase64Secret(GATEWAY, " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not set");
        assertThatThrownBy(() -> HmacUnsubscribeLinks.fromBase64Secret(GATEWAY, tooShort))
                .isInstanceOf(IllegalStateException.class).message().doesNotContain(tooShort);
        String standard = Base64.getEncoder().encodeToString(KEY);
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(KEY);
        UUID user = UUID.randomUUID();
        assertThat(HmacUnsubscribeLinks.fromBase64Secret(GATEWAY, urlSafe).linkFor(user, MailTopic.REMINDERS))
                .isEqualTo(HmacUnsubscribeLinks.fromBase64Secret(GATEWAY, standard).linkFor(user, MailTopic.REMINDERS));
    }

    @Test
    void aLinkNamesItsUserAndTopicAndGoesToTheUnsubscribeEndpoint() {
        UUID user = UUID.randomUUID();

        URI link = links.linkFor(user, MailTopic.REMINDERS);

        assertThat(link.toString()).startsWith("https://tickets.example.com/api/v1/notifications/unsubscribe?token=");
        assertThat(links.verify(tokenOf(link))).isEqualTo(new Unsubscription(user, MailTopic.REMINDERS));
    }

    @Test
    void aTokenForAnotherUserOrTopicCannotBeMadeFromOneThatWorks() {
        UUID user = UUID.randomUUID();
        String token = tokenOf(links.linkFor(user, MailTopic.REMINDERS));
        String signature = token.substring(token.indexOf('.'));
        String otherUser = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((UUID.randomUUID() + ".REMINDERS").getBytes());
        String otherTopic = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((user + ".EVENT_CHANGES").getBytes());

        assertThatThrownBy(() -> links.verify(otherUser + signature)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.verify(otherTopic + signature)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkSignedWithAnotherKeyOrDamagedIsRefused() {
        String foreign = tokenOf(new HmacUnsubscribeLinks(GATEWAY, filled(9)).linkFor(UUID.randomUUID(), MailTopic.REMINDERS));

        assertThatThrownBy(() -> links.verify(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This unsubscribe link is not valid");
        for (String damaged : new String[]{"", ".", "abc", "abc.def", "!!!.???", null}) {
            assertThatThrownBy(() -> links.verify(damaged)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new HmacUnsubscribeLinks(GATEWAY, new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static String tokenOf(URI link) {
        return link.getQuery().substring("token=".length());
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
