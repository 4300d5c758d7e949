package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.Accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * Remembers each account and the address it signs in with, as identity announces registrations and address
 * changes, so that a transfer to an address with an account goes straight to that account.
 */
public class RecordingAccount {

    private final Accounts accounts;

    public RecordingAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public void record(UUID userId, String email, Instant announcedAt) {
        accounts.record(userId, email, announcedAt);
    }
}
