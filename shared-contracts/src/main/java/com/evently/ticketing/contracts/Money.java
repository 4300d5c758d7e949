package com.evently.ticketing.contracts;

/** An amount as a decimal string (never a binary float) and an ISO 4217 currency code. */
public record Money(String amount, String currency) {
}
