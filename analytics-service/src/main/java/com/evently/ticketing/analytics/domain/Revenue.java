package com.evently.ticketing.analytics.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Money taken in one currency: seats held × the price of a seat. */
public record Revenue(String currency, BigDecimal amount) {

    public Revenue {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }
}
