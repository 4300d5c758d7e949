package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.VerificationKey;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/** Keeps each key as a private JWK (RFC 7517), the format the rest of the JOSE tooling reads. */
@Repository
class JdbcSigningKeys implements SigningKeys {

    private final JdbcClient jdbc;

    JdbcSigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SigningKey> active() {
        return jdbc.sql("SELECT kid, private_jwk, created_at FROM signing_keys WHERE active")
                .query(JdbcSigningKeys::signingKey)
                .optional();
    }

    @Override
    public SigningKey activateUnlessOneIsActive(SigningKey candidate) {
        // The partial unique index admits one active row: a replica losing the race waits for the winner's
        // commit, then inserts nothing and reads the winner's key below.
        jdbc.sql("""
                        INSERT INTO signing_keys (kid, private_jwk, created_at, active)
                        VALUES (:kid, :privateJwk, :createdAt, true)
                        ON CONFLICT (active) WHERE active DO NOTHING
                        """)
                .param("kid", candidate.keyId())
                .param("privateJwk", privateJwk(candidate))
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
        // Before the switch, every inactive key is older than the active one: those go, the active one stays
        // (inactive) to verify what it signed, and the next becomes the one active key.
        jdbc.sql("DELETE FROM signing_keys WHERE NOT active").update();
        jdbc.sql("UPDATE signing_keys SET active = false WHERE active").update();
        jdbc.sql("""
                        INSERT INTO signing_keys (kid, private_jwk, created_at, active)
                        VALUES (:kid, :privateJwk, :createdAt, true)
                        """)
                .param("kid", next.keyId())
                .param("privateJwk", privateJwk(next))
                .param("createdAt", Timestamp.from(next.createdAt()))
                .update();
    }

    @Override
    public List<VerificationKey> verificationKeys() {
        return jdbc.sql("SELECT kid, private_jwk, created_at FROM signing_keys ORDER BY created_at DESC")
                .query(JdbcSigningKeys::signingKey)
                .list() // not stream(): an unclosed result stream keeps its connection out of the pool
                .stream()
                .map(SigningKey::verificationKey)
                .toList();
    }

    private static String privateJwk(SigningKey key) {
        return new ECKey.Builder(Curve.P_256, key.publicKey())
                .privateKey(key.privateKey())
                .keyID(key.keyId())
                .build()
                .toJSONString();
    }

    private static SigningKey signingKey(ResultSet row, int rowNumber) throws SQLException {
        try {
            ECKey jwk = ECKey.parse(row.getString("private_jwk"));
            return new SigningKey(row.getString("kid"), jwk.toECPublicKey(), jwk.toECPrivateKey(),
                    row.getTimestamp("created_at").toInstant());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Signing key " + row.getString("kid") + " is not a readable EC JWK", e);
        }
    }
}
