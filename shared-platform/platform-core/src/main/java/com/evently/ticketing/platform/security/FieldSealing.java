package com.evently.ticketing.platform.security;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seals a secret field so that only holders of the key can read it: a compact JWE with direct AES-256-GCM under a
 * key from configuration. Used for secrets in integration events (a password-reset token, a ticket's admission code),
 * so that the outbox row and the Kafka record, which other services and operators read, carry them only encrypted
 * under the message sealing key; and for secrets a service keeps at rest (notification's webhook signing secrets),
 * so that a copy of the database reveals none.
 * <p>
 * The JWE's protected header, which AES-GCM authenticates, names the key ({@code kid}, a fingerprint) and the
 * field the value was sealed for ({@code ctx}, e.g. event type, field and owner id): {@link #open} refuses a value
 * sealed for another field or record, so a sealed value copied elsewhere opens nowhere else. Keys rotate: values are
 * sealed under the current key and opened by the current key or any previous one still configured;
 * {@link #sealedWithCurrentKey} tells which stored values to seal again before a previous key is dropped.
 */
public final class FieldSealing {

    private static final String CONTEXT_PARAMETER = "ctx";

    private final String variable;
    private final String previousVariable;
    private final AesKey current;
    private final Map<String, AesKey> openingKeys;

    private FieldSealing(String variable, String previousVariable, AesKey current, List<AesKey> previous) {
        this.variable = variable;
        this.previousVariable = previousVariable;
        this.current = current;
        Map<String, AesKey> keys = new LinkedHashMap<>();
        keys.put(current.fingerprint(), current);
        previous.forEach(key -> keys.putIfAbsent(key.fingerprint(), key));
        this.openingKeys = Map.copyOf(keys);
    }

    /**
     * @param variable         the environment variable of the current key, named in every error
     * @param previousVariable the environment variable of the previous keys, named in errors about them
     * @param currentKey       base64 of 32 random bytes: seals, and opens
     * @param previousKeys     base64 keys that sealed values still in flight: they only open
     * @param whatItGuards     says in the error for a missing key what the service does with it
     */
    public static FieldSealing fromBase64(String variable, String previousVariable, String currentKey,
                                          List<String> previousKeys, String whatItGuards) {
        AesKey current = AesKey.fromBase64(variable, currentKey, whatItGuards);
        List<AesKey> previous = (previousKeys == null ? List.<String>of() : previousKeys).stream()
                .filter(key -> key != null && !key.isBlank())
                .map(key -> AesKey.fromBase64(previousVariable, key, whatItGuards))
                .toList();
        return new FieldSealing(variable, previousVariable, current, previous);
    }

    /**
     * @param context names the field the value belongs to, e.g. {@code ticket.TicketsIssued.v1/sealedCode/<ticket
     *                id>}; {@link #open} needs the same. It travels in clear: it must not contain the secret.
     */
    public String seal(String secret, String context) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(context, "context");
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(current.fingerprint()).customParam(CONTEXT_PARAMETER, context).build(), new Payload(secret));
        try {
            jwe.encrypt(new DirectEncrypter(current.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not seal a field for " + context, e);
        }
        return jwe.serialize();
    }

    /**
     * @throws IllegalArgumentException when the value is not a sealed value, was sealed for another context, under
     *                                  a key this service does not hold, or was altered; the message never quotes
     *                                  the value
     */
    public String open(String sealed, String context) {
        Objects.requireNonNull(context, "context");
        if (sealed == null || sealed.isBlank()) {
            throw new IllegalArgumentException("No sealed value for " + context);
        }
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(sealed);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The value for " + context + " is not a sealed value");
        }
        JWEHeader header = jwe.getHeader();
        if (!JWEAlgorithm.DIR.equals(header.getAlgorithm())
                || !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())) {
            throw new IllegalArgumentException("The value for " + context + " is not sealed with dir/A256GCM");
        }
        if (!context.equals(header.getCustomParam(CONTEXT_PARAMETER))) {
            throw new IllegalArgumentException("The value for " + context + " was sealed for another field");
        }
        AesKey key = openingKeys.get(header.getKeyID());
        if (key == null) {
            throw new IllegalArgumentException("The value for " + context + " was sealed under a key this service "
                    + "does not hold (fingerprint " + header.getKeyID() + "): set it as " + variable + " or in "
                    + previousVariable);
        }
        try {
            jwe.decrypt(new DirectDecrypter(key.key()));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The value for " + context + " was altered: it does not open");
        }
        return jwe.getPayload().toString();
    }

    /**
     * Whether {@code sealed} is a sealed value under the current key; false for anything else (another key, not a
     * sealed value at all), which a store that rotates keys seals again.
     */
    public boolean sealedWithCurrentKey(String sealed) {
        if (sealed == null || sealed.isBlank()) {
            return false;
        }
        try {
            return current.fingerprint().equals(JWEObject.parse(sealed).getHeader().getKeyID());
        } catch (ParseException notSealed) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "FieldSealing[" + variable + ", current=" + current.fingerprint() + ", opens="
                + openingKeys.keySet() + "]";
    }
}
