package com.evently.ticketing.notification.domain;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.mailOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordResetRequestTest {

    private static final UUID USER = UUID.fromString("0b8f3c1e-4a2d-4f6b-9e1d-7c5a2b9e3f10");
    private static final String TOKEN = "q+Vd3/k9ZxPm7Lw2Rt8Yb1Nc4Hs6Jf0Ge5Ua=";
    private static final ResetPage PAGE = ResetPage.under(URI.create("https://tickets.example.com"));
    private static final Instant EXPIRES_AT = Instant.parse("2026-07-01T22:00:00Z");

    @Test
    void linksToTheResetPageWithTheUrlEncodedToken() {
        OutboundMail mail = mailOf(request("Ada Lovelace").notice(PAGE, ZoneId.of("UTC"), Locale.ENGLISH));

        String link = "https://tickets.example.com/reset-password?token=q%2BVd3%2Fk9ZxPm7Lw2Rt8Yb1Nc4Hs6Jf0Ge5Ua%3D";
        assertThat(mail.recipient()).isEqualTo("ada@example.com");
        assertThat(mail.content().subject()).isEqualTo("Reset your Evently password");
        assertThat(mail.content().plainText()).contains(link);
        assertThat(mail.content().html()).contains("<a href=\"" + link + "\">");
    }

    @Test
    void saysWhenTheLinkExpiresInUtcOrTheConfiguredZone() {
        assertThat(mailOf(request("Ada Lovelace").notice(PAGE, ZoneId.of("UTC"), Locale.ENGLISH)).content().plainText())
                .contains("expires on Wednesday 1 July 2026, 22:00 (UTC)");
        assertThat(mailOf(request("Ada Lovelace").notice(PAGE, ZoneId.of("Asia/Tokyo"), Locale.ENGLISH)).content().html())
                .contains("expires on Thursday 2 July 2026, 07:00 (Asia/Tokyo)");
    }

    @Test
    void tellsSomebodyWhoDidNotAskThatTheyCanIgnoreIt() {
        MailContent content = mailOf(request(null).notice(PAGE, ZoneId.of("UTC"), Locale.ENGLISH)).content();

        for (String body : List.of(content.plainText(), content.html())) {
            assertThat(body).contains("Hello there,", "If you did not ask for this, you can ignore this mail",
                    "ada@example.com");
        }
    }

    @Test
    void isOneMailPerTokenKnownByItsFingerprintSentWithoutAttachmentAndErasedAfterwards() {
        OutboundMail mail = mailOf(request("Ada Lovelace").notice(PAGE, ZoneId.of("UTC"), Locale.ENGLISH));

        assertThat(mail.purpose()).isEqualTo(new MailPurpose.PasswordReset(USER, new ResetToken(TOKEN).fingerprint()));
        assertThat(mail.purpose().kind()).isEqualTo(MailKind.PASSWORD_RESET);
        // SHA-256 of the token, as `printf %s "$TOKEN" | sha256sum` prints it
        assertThat(mail.purpose().reference())
                .isEqualTo("3888eb247a14b62926e332b8f6cba55977c646a16244738ecd7f4f4cc4128bfa");
        assertThat(mail.purpose().attachments()).isEqualTo(new AttachmentPolicy.Nothing());
        assertThat(mail.purpose().bodyRetention()).isEqualTo(BodyRetention.ERASE);
        assertThat(mail.purpose().description()).contains(USER.toString()).doesNotContain(TOKEN);
    }

    @Test
    void neverPrintsTheToken() {
        PasswordResetRequest request = request("Ada Lovelace");

        assertThat(request.toString()).doesNotContain(TOKEN);
        assertThat(request.token().toString()).doesNotContain(TOKEN);
        assertThat(mailOf(request.notice(PAGE, ZoneId.of("UTC"), Locale.ENGLISH)).purpose().toString()).doesNotContain(TOKEN);
    }

    @Test
    void refusesATokenTooShortToBeSecretWithoutQuotingIt() {
        assertThatThrownBy(() -> new ResetToken("guessable-token"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("guessable-token");
        String withSpaces = "a reset token that is long but has spaces";
        assertThatThrownBy(() -> new ResetToken(withSpaces))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(withSpaces);
    }

    @Test
    void userTextCannotBecomeMarkupInTheHtmlBody() {
        String html = mailOf(request("<img src=x onerror=alert(1)>").notice(PAGE, ZoneId.of("UTC"), Locale.ENGLISH))
                .content().html();

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theResetPageSitsUnderTheWebUiWhereverThatIs() {
        assertThat(ResetPage.under(URI.create("http://localhost:8080")).url())
                .isEqualTo(URI.create("http://localhost:8080/reset-password"));
        assertThat(ResetPage.under(URI.create("https://example.com/tickets/")).url())
                .isEqualTo(URI.create("https://example.com/tickets/reset-password"));
        assertThatThrownBy(() -> ResetPage.under(URI.create("localhost:8080"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResetPage.under(URI.create("javascript:alert(1)"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResetPage(URI.create("https://example.com/reset-password?next=/")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PasswordResetRequest request(String name) {
        return new PasswordResetRequest(USER, new Recipient("ada@example.com", name), new ResetToken(TOKEN), EXPIRES_AT);
    }
}
