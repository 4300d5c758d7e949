package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.PassVerificationKey;
import com.evently.ticketing.platform.security.PrivateKeyEncryption;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/** Pass keys as JWKs (RFC 7517) in {@code pass_key}: the public half in clear, the private half encrypted. */
public class JdbcPassKeys implements PassKeys {

    private final JdbcClient jdbc;
    private final PrivateKeyEncryption encryption;

    public JdbcPassKeys(JdbcClient jdbc, PrivateKeyEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @Override
    public Optional<PassKey> active() {
        return jdbc.sql("SELECT kid, encrypted_private_jwk, created_at FROM pass_key WHERE active")
                .query(this::passKey)
                .optional();
    }

    @Override
    public PassKey activateUnlessOneIsActive(PassKey candidate) {
        // the partial unique index admits one active row: a replica losing the race waits for the winner's
        // commit, inserts nothing and reads the winner's key
        jdbc.sql("""
                        INSERT INTO pass_key (kid, public_jwk, encrypted_private_jwk, created_at, active)
                        VALUES (:kid, :publicJwk, :encryptedPrivateJwk, :createdAt, true)
                        ON CONFLICT (active) WHERE active DO NOTHING
                        """)
                .param("kid", candidate.keyId())
                .param("publicJwk", publicJwk(candidate))
                .param("encryptedPrivateJwk", encryption.encrypt(privateJwk(candidate)))
                .param("createdAt", Timestamp.from(candidate.createdAt()))
                .update();
        return active().orElseThrow(() -> new IllegalStateException("The active pass key vanished right after activation"));
    }

    @Override
    public void holdRotationLock() {
        // transaction-scoped, and per schema: services sharing a database do not wait for each other
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('pass-key-rotation:' || current_schema()))")
                .query(Object.class)
                .list();
    }

    @Override
    public void rotateTo(PassKey next) {
        jdbc.sql("UPDATE pass_key SET active = false, retired_at = :retiredAt WHERE active")
                .param("retiredAt", Timestamp.from(next.createdAt()))
                .update();
        jdbc.sql("""
                        INSERT INTO pass_key (kid, public_jwk, encrypted_private_jwk, created_at, active)
                        VALUES (:kid, :publicJwk, :encryptedPrivateJwk, :createdAt, true)
                        """)
                .param("kid", next.keyId())
                .param("publicJwk", publicJwk(next))
                .param("encryptedPrivateJwk", encryption.encrypt(privateJwk(next)))
                .param("createdAt", Timestamp.from(next.createdAt()))
                .update();
    }

    @Override
    public int deleteRetiredWithoutLivePasses(Instant now, Duration checkInClosesAfter, Duration clockSkew) {
        // a ticket's pass was signed by the key active when it was issued (a transfer issues a new ticket);
        // its pass admits until its session's end (or start) plus the check-in window's tail
        return jdbc.sql("""
                        DELETE FROM pass_key k
                         WHERE NOT k.active
                           AND NOT EXISTS (
                                SELECT 1 FROM ticket t
                                 WHERE t.status = 'VALID'
                                   AND t.issued_at >= k.created_at - make_interval(secs => :skewSeconds)
                                   AND t.issued_at <= k.retired_at + make_interval(secs => :skewSeconds)
                                   AND (coalesce(t.session_ends_at, t.session_starts_at) IS NULL
                                        OR coalesce(t.session_ends_at, t.session_starts_at) > :sessionsEndedBefore))
                        """)
                .param("skewSeconds", (double) clockSkew.toSeconds())
                .param("sessionsEndedBefore", Timestamp.from(now.minus(checkInClosesAfter)))
                .update();
    }

    @Override
    public List<PassVerificationKey> verificationKeys() {
        // public halves only: publishing keys needs no decryption
        return jdbc.sql("SELECT kid, public_jwk FROM pass_key ORDER BY created_at DESC")
                .query(JdbcPassKeys::verificationKey)
                .list();
    }

    private static String publicJwk(PassKey key) {
        return new ECKey.Builder(Curve.P_256, key.publicKey()).keyID(key.keyId()).build().toJSONString();
    }

    private static String privateJwk(PassKey key) {
        return new ECKey.Builder(Curve.P_256, key.publicKey()).privateKey(key.privateKey()).keyID(key.keyId()).build()
                .toJSONString();
    }

    private PassKey passKey(ResultSet row, int rowNumber) throws SQLException {
        String keyId = row.getString("kid");
        try {
            ECKey jwk = ECKey.parse(encryption.decrypt(row.getString("encrypted_private_jwk"), keyId));
            if (!keyId.equals(jwk.getKeyID())) {
                // the encryption does not bind a ciphertext to its row: this check does
                throw new IllegalStateException("Pass key " + keyId + " holds the private key of " + jwk.getKeyID());
            }
            return new PassKey(keyId, jwk.toECPublicKey(), jwk.toECPrivateKey(), row.getTimestamp("created_at").toInstant());
        } catch (ParseException | JOSEException e) {
            // without the cause: its message might quote the private key
            throw new IllegalStateException("Pass key " + keyId + " is not a readable EC JWK");
        }
    }

    private static PassVerificationKey verificationKey(ResultSet row, int rowNumber) throws SQLException {
        try {
            return new PassVerificationKey(row.getString("kid"), ECKey.parse(row.getString("public_jwk")).toECPublicKey());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Pass key " + row.getString("kid") + " has no readable public EC JWK", e);
        }
    }
}
