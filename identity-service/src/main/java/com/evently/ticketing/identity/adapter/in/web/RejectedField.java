package com.evently.ticketing.identity.adapter.in.web;

/** A request field broke a rule only a use case could check; answered like a bean-validation failure. */
class RejectedField extends RuntimeException {

    private final String field;

    RejectedField(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
