package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.domain.CheckInNotPermitted;
import com.evently.ticketing.ticket.domain.PassKey;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * A new pass key starts signing; the one it replaces keeps verifying the passes it signed, which stay valid. Passes
 * already issued are not re-signed: a scanner that has the published keys verifies old and new alike.
 */
public class RotatingPassKey {

    private final Transactions transactions;
    private final PassKeys keys;
    private final SecureRandom random;
    private final Clock clock;

    public RotatingPassKey(Transactions transactions, PassKeys keys, SecureRandom random, Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    /** @throws CheckInNotPermitted unless an administrator asks */
    public PassKey rotate(Caller caller) {
        if (!caller.isAdmin()) {
            throw new CheckInNotPermitted("Only an administrator rotates the pass keys");
        }
        return transactions.inTransaction(() -> {
            keys.holdRotationLock();
            PassKey next = PassKey.generate(random, clock.instant());
            keys.rotateTo(next);
            return next;
        });
    }
}
