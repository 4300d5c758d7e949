package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.VerificationKey;
import com.evently.ticketing.platform.security.PrivateKeyEncryption;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each key as JWKs (RFC 7517), the format the rest of the JOSE tooling reads: the public half in clear,
 * the private half encrypted ({@link PrivateKeyEncryption}).
 */
@Repository
class JdbcSigningKeys implements SigningKeys {

    private static final String SELECT_KEY = """
            SELECT kid, public_jwk, encrypted_private_jwk, private_jwk, created_at FROM signing_keys
            """;

    private final JdbcClient jdbc;
    private final PrivateKeyEncryption encryption;

    JdbcSigningKeys(JdbcClient jdbc, PrivateKeyEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @Override
    public Optional<SigningKey> active() {
        return jdbc.sql(SELECT_KEY + "WHERE active")
                .query(this::signingKey)
                .optional();
    }

    @Override
    public SigningKey activateUnlessOneIsActive(SigningKey candidate) {
        // The partial unique index admits one active row: a replica losing the race waits for the winner's
        // commit, then inserts nothing and reads the winner's key below.
        jdbc.sql("""
                        INSERT INTO signing_keys (kid, public_jwk, encrypted_private_jwk, created_at, active)
                        VALUES (:kid, :publicJwk, :encryptedPrivateJwk, :createdAt, true)
                        ON CONFLICT (active) WHERE active DO NOTHING
                        """)
                .param("kid", candidate.keyId())
                .param("publicJwk", publicJwk(candidate))
                .param("encryptedPrivateJwk", encryption.encrypt(privateJwk(candidate)))
                .param("createdAt", Timestamp.from(candidate.createdAt()))
                .update();
        return active().orElseThrow(() -> new IllegalStateException("An active signing key vanished right after activation"));
    }

    @Override
    public void holdRotationLock() {
        // transaction-scoped, and per schema: services sharing a database do not wait for each other
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('signing-key-rotation:' || current_schema()))")
                .query(Object.class)
                .list(); // one row holding void: taking the lock is all that matters
    }

    @Override
    public void rotateTo(SigningKey next) {
        // the replaced key stays (retired) to verify what it signed; deleteRetiredBefore drops it later
        jdbc.sql("UPDATE signing_keys SET active = false, retired_at = :retiredAt WHERE active")
                .param("retiredAt", Timestamp.from(next.createdAt()))
                .update();
        jdbc.sql("""
                        INSERT INTO signing_keys (kid, public_jwk, encrypted_private_jwk, created_at, active)
                        VALUES (:kid, :publicJwk, :encryptedPrivateJwk, :createdAt, true)
                        """)
                .param("kid", next.keyId())
                .param("publicJwk", publicJwk(next))
                .param("encryptedPrivateJwk", encryption.encrypt(privateJwk(next)))
                .param("createdAt", Timestamp.from(next.createdAt()))
                .update();
    }

    @Override
    public List<VerificationKey> verificationKeys(Instant retiredSince) {
        // public halves only: publishing keys needs no decryption
        return jdbc.sql("""
                        SELECT kid, public_jwk FROM signing_keys
                        WHERE active OR retired_at >= :retiredSince
                        ORDER BY created_at DESC
                        """)
                .param("retiredSince", Timestamp.from(retiredSince))
                .query(JdbcSigningKeys::verificationKey)
                .list(); // not stream(): an unclosed result stream keeps its connection out of the pool
    }

    @Override
    public int deleteRetiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM signing_keys WHERE NOT active AND retired_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    @Override
    public int encryptKeysStoredInClear() {
        // a replica configured with another key must not encrypt anything: it would lock the others out
        jdbc.sql("SELECT kid, encrypted_private_jwk FROM signing_keys WHERE encrypted_private_jwk IS NOT NULL")
                .query((row, rowNumber) -> encryption.decrypt(row.getString("encrypted_private_jwk"), row.getString("kid")))
                .list();
        List<ClearKey> inClear = jdbc.sql("SELECT kid, private_jwk FROM signing_keys WHERE private_jwk IS NOT NULL")
                .query((row, rowNumber) -> new ClearKey(row.getString("kid"), row.getString("private_jwk")))
                .list();
        int encrypted = 0;
        for (ClearKey key : inClear) {
            // a replica starting at the same time may have done it already: then nothing matches any more
            encrypted += jdbc.sql("""
                            UPDATE signing_keys SET encrypted_private_jwk = :encryptedPrivateJwk, private_jwk = NULL
                            WHERE kid = :kid AND private_jwk IS NOT NULL
                            """)
                    .param("kid", key.keyId())
                    .param("encryptedPrivateJwk", encryption.encrypt(key.privateJwk()))
                    .update();
        }
        return encrypted;
    }

    private record ClearKey(String keyId, String privateJwk) {

        @Override
        public String toString() {
            return "ClearKey[keyId=" + keyId + "]";
        }
    }

    private static String publicJwk(SigningKey key) {
        return new ECKey.Builder(Curve.P_256, key.publicKey())
                .keyID(key.keyId())
                .build()
                .toJSONString();
    }

    private static String privateJwk(SigningKey key) {
        return new ECKey.Builder(Curve.P_256, key.publicKey())
                .privateKey(key.privateKey())
                .keyID(key.keyId())
                .build()
                .toJSONString();
    }

    private SigningKey signingKey(ResultSet row, int rowNumber) throws SQLException {
        String keyId = row.getString("kid");
        String encrypted = row.getString("encrypted_private_jwk");
        // a key an earlier version stored in clear is read as it is until the start-up encrypts it
        String privateJwk = encrypted != null ? encryption.decrypt(encrypted, keyId) : row.getString("private_jwk");
        try {
            ECKey jwk = ECKey.parse(privateJwk);
            if (!keyId.equals(jwk.getKeyID())) {
                // the encryption does not bind a ciphertext to its row: this check does
                throw new IllegalStateException("Signing key " + keyId + " holds the private key of " + jwk.getKeyID());
            }
            return new SigningKey(keyId, jwk.toECPublicKey(), jwk.toECPrivateKey(),
                    row.getTimestamp("created_at").toInstant());
        } catch (ParseException | JOSEException e) {
            // without the cause: its message might quote the private key
            throw new IllegalStateException("Signing key " + keyId + " is not a readable EC JWK");
        }
    }

    private static VerificationKey verificationKey(ResultSet row, int rowNumber) throws SQLException {
        try {
            ECKey jwk = ECKey.parse(row.getString("public_jwk"));
            return new VerificationKey(row.getString("kid"), jwk.toECPublicKey());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Signing key " + row.getString("kid") + " has no readable public EC JWK", e);
        }
    }
}
