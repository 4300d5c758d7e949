package com.evently.ticketing.notification.adapter.out.signing;

import com.evently.ticketing.notification.application.port.out.UnsubscribeLinks;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.Unsubscription;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.platform.domain.InvalidInput;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * One-click unsubscribe links (RFC 8058): the link names the user and the topic and carries an HMAC-SHA256 of both
 * under a key only this service holds, so it works without signing in and cannot be made up for someone else.
 * It does not expire: an old mail's link must keep working, and all it can do is stop optional mails.
 */
public final class HmacUnsubscribeLinks implements UnsubscribeLinks {

    static final String PATH = "/api/v1/notifications/unsubscribe";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final URI endpoint;
    private final byte[] key;

    /**
     * From {@code NOTIFICATION_UNSUBSCRIBE_SECRET}: base64 (either alphabet) of 32 or more random bytes. Refuses a missing
     * secret rather than making one up: links signed with a made-up key break on restart and on every other replica.
     */
    public static HmacUnsubscribeLinks fromBase64Secret(WebUi publicBaseUrl, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("NOTIFICATION_UNSUBSCRIBE_SECRET is not set: one-click unsubscribe links "
                    + "are signed with it; set it to the base64 of 32 or more random bytes, the same on every replica");
        }
        try {
            return new HmacUnsubscribeLinks(publicBaseUrl,
                    Base64.getUrlDecoder().decode(secret.strip().replace('+', '-').replace('/', '_')));
        } catch (IllegalArgumentException notBase64OrTooShort) {
            // the message must not repeat the secret
            throw new IllegalStateException("NOTIFICATION_UNSUBSCRIBE_SECRET must be the base64 of 32 or more random "
                    + "bytes");
        }
    }

    /** @param publicBaseUrl where users reach the suite (the gateway), which routes the link to this service */
    public HmacUnsubscribeLinks(WebUi publicBaseUrl, byte[] key) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The unsubscribe key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.endpoint = URI.create(publicBaseUrl.baseUrl() + PATH);
        this.key = key.clone();
    }

    @Override
    public URI linkFor(UUID userId, MailTopic topic) {
        return URI.create(endpoint + "?token=" + tokenFor(userId, topic));
    }

    String tokenFor(UUID userId, MailTopic topic) {
        String subject = userId + "." + topic.name();
        return encode(subject.getBytes(StandardCharsets.UTF_8)) + "." + encode(signature(subject));
    }

    /** Refuses a token this service did not sign, without saying why. */
    @Override
    public Unsubscription verify(String token) {
        InvalidInput invalid = new InvalidInput("This unsubscribe link is not valid");
        if (token == null || token.length() > 512) {
            throw invalid;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw invalid;
        }
        try {
            String subject = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            // constant time: a forger learns nothing from how long a wrong guess took
            if (!MessageDigest.isEqual(presented, signature(subject))) {
                throw invalid;
            }
            int separator = subject.indexOf('.');
            return new Unsubscription(UUID.fromString(subject.substring(0, separator)),
                    MailTopic.valueOf(subject.substring(separator + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid;
        }
    }

    private byte[] signature(String subject) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides " + ALGORITHM, e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
