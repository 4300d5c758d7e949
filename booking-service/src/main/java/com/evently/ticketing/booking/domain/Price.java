package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.Objects;

/** A unit price; the amount keeps the scale the catalog gave it ("25.00" stays "25.00"). */
public record Price(BigDecimal amount, String currency) {

    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidInput("a price cannot be negative");
        }
    }
}
