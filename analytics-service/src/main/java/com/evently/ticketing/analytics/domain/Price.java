package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** The price of one seat, as the booking announced it: revenue is summed per currency, never converted. */
public record Price(BigDecimal amount, String currency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidInput("a price is not negative: " + amount);
        }
        if (!ISO_4217.matcher(currency).matches()) {
            throw new InvalidInput("a currency is three upper-case letters: " + currency);
        }
    }
}
