package com.evently.ticketing.deploy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The secrets the services of one suite share or keep their data under. The service clients' secrets (with which
 * event- and notification-service get their tokens for other services' internal endpoints from identity) live for one
 * run; the keys that encrypt stored data (identity's signing keys, ticket's pass keys, notification's webhook signing
 * secrets) and sign links in mails that outlive a run (unsubscribe) are remembered beside a kept data directory, and so is the key that seals reset tokens and
 * ticket codes in events (identity and ticket seal, notification opens), since events outlive a run in a kept broker.
 *
 * @param serviceClientSecrets one per service in {@link Service#callingInternalEndpoints()}
 */
record SuiteSecrets(Map<Service, String> serviceClientSecrets, String signingKeyEncryptionKey,
                    String passKeyEncryptionKey, String unsubscribeSecret, String messageSealingKey,
                    String webhookSecretKey) {

    SuiteSecrets {
        serviceClientSecrets = Map.copyOf(serviceClientSecrets);
        if (!serviceClientSecrets.keySet().containsAll(Service.callingInternalEndpoints())) {
            throw new IllegalArgumentException("every service calling internal endpoints needs a client secret");
        }
        Objects.requireNonNull(signingKeyEncryptionKey, "signingKeyEncryptionKey");
        Objects.requireNonNull(passKeyEncryptionKey, "passKeyEncryptionKey");
        Objects.requireNonNull(unsubscribeSecret, "unsubscribeSecret");
        Objects.requireNonNull(messageSealingKey, "messageSealingKey");
        Objects.requireNonNull(webhookSecretKey, "webhookSecretKey");
    }

    /** A fresh secret for every service calling internal endpoints. */
    static Map<Service, String> freshServiceClientSecrets() {
        Map<Service, String> secrets = new EnumMap<>(Service.class);
        Service.callingInternalEndpoints().forEach(service -> secrets.put(service, RandomSecrets.token()));
        return secrets;
    }

    String serviceClientSecret(Service service) {
        String secret = serviceClientSecrets.get(service);
        if (secret == null) {
            throw new IllegalArgumentException(service + " calls no internal endpoint: it has no client secret");
        }
        return secret;
    }

    /** Never shows the values. */
    @Override
    public String toString() {
        return "SuiteSecrets[" + (serviceClientSecrets.size() + 5) + " secrets]";
    }
}
