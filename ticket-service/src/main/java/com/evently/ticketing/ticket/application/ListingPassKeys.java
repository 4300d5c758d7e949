package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.domain.PassVerificationKey;

import java.util.List;

/**
 * The public keys a scanner verifies passes with, offline: the active key and every retired one, since a pass
 * signed long ago may be scanned tonight. Never empty: the first key is made if there is none yet.
 */
public class ListingPassKeys {

    private final Transactions transactions;
    private final SigningPasses signingPasses;
    private final PassKeys keys;

    public ListingPassKeys(Transactions transactions, SigningPasses signingPasses, PassKeys keys) {
        this.transactions = transactions;
        this.signingPasses = signingPasses;
        this.keys = keys;
    }

    public List<PassVerificationKey> verificationKeys() {
        return transactions.inTransaction(() -> {
            signingPasses.activeKey();
            return keys.verificationKeys();
        });
    }
}
