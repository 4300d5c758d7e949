package com.evently.ticketing.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.mailOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingConfirmationTest {

    private static final UUID BOOKING = UUID.fromString("7d7f2b1e-8a52-4d6b-9d1e-2c4f1a9b3e10");

    @Test
    void confirmationMailNamesTheEventTheSessionTimeAtTheVenueTheTicketTypeAndEveryCode() {
        OutboundMail mail = mailOf(confirmation("Jazz Night", ZoneId.of("Europe/Berlin"),
                Instant.parse("2026-03-14T18:30:00Z"), List.of("TKT-AAAA-BBBB-CCCC-0001", "TKT-AAAA-BBBB-CCCC-0002"))
                .notice(Locale.ENGLISH));

        assertThat(mail.purpose()).isEqualTo(new MailPurpose.BookingTickets(BOOKING, null));
        assertThat(mail.purpose().kind()).isEqualTo(MailKind.BOOKING_CONFIRMATION);
        assertThat(mail.purpose().attachments()).isEqualTo(new AttachmentPolicy.TicketsPdfOf(BOOKING));
        assertThat(mail.purpose().bodyRetention()).isEqualTo(BodyRetention.KEEP);
        assertThat(mail.recipient()).isEqualTo("ada@example.com");
        assertThat(mail.content().subject()).isEqualTo("Your tickets for Jazz Night");
        for (String body : List.of(mail.content().plainText(), mail.content().html())) {
            assertThat(body)
                    .contains("Hello Ada Lovelace")
                    .contains("Jazz Night")
                    .contains("Evening show")
                    .contains("Saturday 14 March 2026, 19:30 (Europe/Berlin)")
                    .contains("Blue Hall")
                    .contains("Standing")
                    .contains("TKT-AAAA-BBBB-CCCC-0001", "TKT-AAAA-BBBB-CCCC-0002")
                    .contains(BOOKING.toString());
        }
    }

    @Test
    void sessionTimeIsShownInTheEventsTimeZoneNotUtc() {
        String text = mailOf(confirmation("Sunrise Yoga", ZoneId.of("Asia/Tokyo"), Instant.parse("2026-07-01T22:00:00Z"),
                List.of("TKT-AAAA-BBBB-CCCC-0003")).notice(Locale.ENGLISH)).content().plainText();

        assertThat(text).contains("Thursday 2 July 2026, 07:00 (Asia/Tokyo)");
    }

    @Test
    void userTextCannotBecomeMarkupInTheHtmlBody() {
        OutboundMail mail = mailOf(new BookingConfirmation(BOOKING, new Recipient("eve@example.com", "<script>alert(1)</script>"),
                "Rock & <b>Roll</b>", null, null, null, null, null, List.of("TKT-AAAA-BBBB-CCCC-0004")).notice(Locale.ENGLISH));

        assertThat(mail.content().html())
                .doesNotContain("<script>", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Rock &amp; &lt;b&gt;Roll&lt;/b&gt;");
        assertThat(mail.content().plainText()).contains("Rock & <b>Roll</b>");
    }

    @Test
    void leavesOutDetailsThePublisherDidNotSend() {
        OutboundMail mail = mailOf(new BookingConfirmation(BOOKING, new Recipient("bob@example.com", null),
                null, null, null, null, null, null, List.of("TKT-AAAA-BBBB-CCCC-0005")).notice(Locale.ENGLISH));

        assertThat(mail.content().subject()).isEqualTo("Your tickets for your event");
        assertThat(mail.content().plainText())
                .contains("Hello there,", "Your ticket:", "TKT-AAAA-BBBB-CCCC-0005")
                .doesNotContain("Starts", "Venue", "Ticket type", "null");
    }

    @Test
    void aBookingWithoutTicketsIsNotConfirmed() {
        assertThatThrownBy(() -> confirmation("Jazz Night", ZoneId.of("UTC"), Instant.now(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnythingButOneAddressAsRecipient() {
        assertThatThrownBy(() -> new Recipient("ada@example.com\r\nBcc: all@example.com", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recipient("ada@example.com, bob@example.com", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recipient("not-an-address", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BookingConfirmation confirmation(String title, ZoneId zone, Instant startsAt, List<String> codes) {
        return new BookingConfirmation(BOOKING, new Recipient("ada@example.com", "Ada Lovelace"), title, "Blue Hall",
                zone, "Evening show", startsAt, "Standing", codes);
    }
}
