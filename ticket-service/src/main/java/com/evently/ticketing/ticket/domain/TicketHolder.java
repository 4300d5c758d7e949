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
}
