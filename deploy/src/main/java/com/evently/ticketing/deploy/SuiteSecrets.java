package com.evently.ticketing.deploy;

import java.util.Objects;

/**
 * The secrets the services of one suite share or keep their data under. The internal token lives for one run; the
 * keys that encrypt stored data (identity's signing keys, ticket's pass keys) and sign links in mails that outlive a
 * run (unsubscribe) are remembered beside a kept data directory.
 */
record SuiteSecrets(String internalToken, String signingKeyEncryptionKey, String passKeyEncryptionKey,
                    String unsubscribeSecret) {

    SuiteSecrets {
        Objects.requireNonNull(internalToken, "internalToken");
        Objects.requireNonNull(signingKeyEncryptionKey, "signingKeyEncryptionKey");
        Objects.requireNonNull(passKeyEncryptionKey, "passKeyEncryptionKey");
        Objects.requireNonNull(unsubscribeSecret, "unsubscribeSecret");
    }

    /** Never shows the values. */
    @Override
    public String toString() {
        return "SuiteSecrets[4 secrets]";
    }
}
