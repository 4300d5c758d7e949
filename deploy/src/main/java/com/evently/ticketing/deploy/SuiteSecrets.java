package com.evently.ticketing.deploy;

import java.util.Objects;

/**
 * The secrets the services of one suite share or keep their data under. The internal token lives for one run; the
 * keys that encrypt stored data (identity's signing keys, ticket's pass keys) and sign links in mails that outlive a
 * run (unsubscribe) are remembered beside a kept data directory, and so is the key that seals reset tokens and ticket
 * codes in events (identity and ticket seal, notification opens), since events outlive a run in a kept broker.
 */
record SuiteSecrets(String internalToken, String signingKeyEncryptionKey, String passKeyEncryptionKey,
                    String unsubscribeSecret, String messageSealingKey) {

    SuiteSecrets {
        Objects.requireNonNull(internalToken, "internalToken");
        Objects.requireNonNull(signingKeyEncryptionKey, "signingKeyEncryptionKey");
        Objects.requireNonNull(passKeyEncryptionKey, "passKeyEncryptionKey");
        Objects.requireNonNull(unsubscribeSecret, "unsubscribeSecret");
        Objects.requireNonNull(messageSealingKey, "messageSealingKey");
    }

    /** Never shows the values. */
    @Override
    public String toString() {
        return "SuiteSecrets[5 secrets]";
    }
}
