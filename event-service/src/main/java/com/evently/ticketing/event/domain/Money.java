package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A price: a non-negative decimal amount with at most two decimals, in an ISO 4217 currency. */
public record Money(BigDecimal amount, Currency currency) {

    public static final int DECIMALS = 2;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidInput("amount must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > DECIMALS) {
            throw new InvalidInput("amount must have at most " + DECIMALS + " decimals");
        }
        // one scale everywhere, so "25" and "25.00" are the same price and print the same way
        amount = amount.setScale(DECIMALS);
    }

    /** @throws IllegalArgumentException for an amount that is not a number or a code that is not ISO 4217 */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }
}
