package com.evently.ticketing.notification.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wording of the booking confirmation, as plain text and as HTML. The tickets themselves travel as the
 * attached PDF; the mail repeats their codes so the buyer can find them even without the attachment.
 */
final class BookingConfirmationMail {

    private static final DateTimeFormatter SESSION_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    static MailContent compose(BookingConfirmation booking) {
        String event = booking.eventTitle() == null ? "your event" : booking.eventTitle();
        Map<String, String> details = details(booking);
        return new MailContent("Your tickets for " + event, plainText(booking, details), html(booking, details));
    }

    /** Label → value, in the order the buyer reads them; unknown details are left out. */
    private static Map<String, String> details(BookingConfirmation booking) {
        Map<String, String> details = new LinkedHashMap<>();
        putIfKnown(details, "Event", booking.eventTitle());
        putIfKnown(details, "Session", booking.sessionName());
        if (booking.sessionStartsAt() != null) {
            // the time at the venue, whatever zone the buyer or this server is in
            details.put("Starts", SESSION_TIME.format(booking.sessionStartsAt().atZone(booking.timeZone()))
                    + " (" + booking.timeZone().getId() + ")");
        }
        putIfKnown(details, "Venue", booking.venue());
        putIfKnown(details, "Ticket type", booking.ticketTypeName());
        details.put("Booking reference", booking.bookingId().toString());
        return details;
    }

    private static String plainText(BookingConfirmation booking, Map<String, String> details) {
        List<String> lines = new ArrayList<>();
        lines.add("Hello " + booking.holder().greetingName() + ",");
        lines.add("");
        lines.add("your booking is confirmed. Your tickets are attached to this mail as a PDF.");
        lines.add("");
        details.forEach((label, value) -> lines.add(label + ": " + value));
        lines.add("");
        lines.add(ticketsHeading(booking) + ":");
        booking.ticketCodes().forEach(code -> lines.add("  - " + code));
        lines.add("");
        lines.add("Show each ticket's QR code at the entrance.");
        lines.add("");
        lines.add("Evently Tickets");
        return String.join("\n", lines) + "\n";
    }

    private static String html(BookingConfirmation booking, Map<String, String> details) {
        String rows = details.entrySet().stream()
                .map(detail -> "<tr><th align=\"left\">" + Html.escape(detail.getKey()) + "</th><td>"
                        + Html.escape(detail.getValue()) + "</td></tr>")
                .collect(Collectors.joining("\n"));
        String codes = booking.ticketCodes().stream()
                .map(code -> "<li><code>" + Html.escape(code) + "</code></li>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <body>
                <p>Hello %s,</p>
                <p>your booking is confirmed. Your tickets are attached to this mail as a PDF.</p>
                <table>
                %s
                </table>
                <p>%s:</p>
                <ul>
                %s
                </ul>
                <p>Show each ticket's QR code at the entrance.</p>
                <p>Evently Tickets</p>
                </body>
                </html>
                """.formatted(Html.escape(booking.holder().greetingName()), rows, Html.escape(ticketsHeading(booking)),
                codes);
    }

    private static String ticketsHeading(BookingConfirmation booking) {
        int count = booking.ticketCodes().size();
        return count == 1 ? "Your ticket" : "Your " + count + " tickets";
    }

    private static void putIfKnown(Map<String, String> details, String label, String value) {
        if (value != null) {
            details.put(label, value);
        }
    }

    private BookingConfirmationMail() {
    }
}
