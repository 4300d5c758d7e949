package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;

/** Who the ticket is made out to; the name is optional (a buyer may not have given one). */
public record TicketHolder(String email, String name) {

    public TicketHolder {
        Objects.requireNonNull(email, "email");
        if (email.isBlank()) {
            throw new InvalidInput("A ticket holder needs an e-mail address");
        }
        name = name == null || name.isBlank() ? null : name;
    }

    /**
     * What a scanner shows door staff to match the pass to its bearer without the full name on the QR: the first
     * letter of each word of the name ("Ana María Díaz" → "AMD", at most four), or of the e-mail when no name.
     */
    public String initials() {
        String source = name != null ? name : email.substring(0, Math.max(1, email.indexOf('@')));
        StringBuilder initials = new StringBuilder();
        for (String word : source.strip().split("[\\s._-]+")) {
            if (!word.isEmpty() && initials.length() < 4) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.toString();
    }
}
