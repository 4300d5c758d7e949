package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Money on the wire: the amount is a decimal string so no client ever rounds it through a float. */
record PriceBody(
        @NotNull
        @Pattern(regexp = "\\d{1,10}(\\.\\d{1,2})?", message = "must be a non-negative amount with at most 2 decimals")
        String amount,
        @NotNull @IsoCurrency String currency) {

    static PriceBody of(Money money) {
        return new PriceBody(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    Money toMoney() {
        return Money.of(amount, currency);
    }
}
