package com.evently.ticketing.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Makes access tokens from a genuine one, the way an attacker would: unsigned, HMAC-signed with the published
 * key, re-signed with a key of their own, or with the payload edited under the original signature. It also signs
 * with the issuer's own private key, read from identity-service's table, so that a token with one wrong claim
 * (expired, another issuer, another audience) is refused for that claim and not for its signature; a token made
 * that way with the claims left alone is accepted, which shows the forge itself is sound.
 */
final class TokenForge {

    private final SignedJWT genuine;
    private final JWTClaimsSet genuineClaims;
    private final ECKey issuerKey;
    private final JWKSet publishedKeys;

    private TokenForge(SignedJWT genuine, ECKey issuerKey, JWKSet publishedKeys) throws ParseException {
        this.genuine = genuine;
        this.genuineClaims = genuine.getJWTClaimsSet();
        this.issuerKey = issuerKey;
        this.publishedKeys = publishedKeys;
    }

    /**
     * @param genuineAccessToken a token identity-service issued, whose claims the forgeries copy
     * @param publishedKeys      the JWKS as anyone can read it
     * @param database           where identity-service keeps its signing keys
     * @param keyEncryptionKey   what identity-service encrypts them with (TICKETING_SIGNING_KEY_ENCRYPTION_KEY)
     */
    static TokenForge from(String genuineAccessToken, JWKSet publishedKeys, DatabaseConnection database,
                           String keyEncryptionKey) {
        try {
            SignedJWT genuine = SignedJWT.parse(genuineAccessToken);
            return new TokenForge(genuine, issuerKey(genuine.getHeader().getKeyID(), database, keyEncryptionKey),
                    publishedKeys);
        } catch (ParseException | SQLException | JOSEException e) {
            throw new IllegalStateException("could not prepare the token forge", e);
        }
    }

    String genuine() {
        return genuine.serialize();
    }

    /** The genuine claims, signed with the issuer's key: what identity-service itself would issue. */
    String signedByTheIssuer() {
        return signedByTheIssuer(claims -> claims);
    }

    /** The genuine claims with one change, signed with the issuer's key under its key id. */
    String signedByTheIssuer(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(freshCopyOfGenuineClaims()).build(), esHeader(issuerKey.getKeyID()), issuerKey);
    }

    /** {@code alg: none} and no signature at all. */
    String unsigned() {
        return new PlainJWT(freshCopyOfGenuineClaims().build()).serialize();
    }

    /**
     * HS256 with the issuer's public key (as the JWKS publishes it) as the HMAC secret: a verifier that lets the
     * token choose its algorithm would check it with that same public key, and find it valid.
     */
    String hmacSignedWithThePublishedKey() {
        try {
            ECKey published = (ECKey) publishedKeys.getKeyByKeyId(genuine.getHeader().getKeyID());
            if (published == null) {
                throw new IllegalStateException("the JWKS does not list the genuine token's key "
                        + genuine.getHeader().getKeyID());
            }
            byte[] secret = published.toECPublicKey().getEncoded();
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                    .keyID(published.getKeyID()).build(), freshCopyOfGenuineClaims().build());
            token.sign(new MACSigner(secret));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with HS256", e);
        }
    }

    /** The genuine header and signature around a payload that now claims the ADMIN role. */
    String withTamperedPayload() {
        JWTClaimsSet promoted = new JWTClaimsSet.Builder(genuineClaims)
                .claim("roles", List.of("USER", "ORGANIZER", "ADMIN"))
                .build();
        String[] parts = genuine.serialize().split("\\.");
        return parts[0] + "." + promoted.toPayload().toBase64URL() + "." + parts[2];
    }

    /** Signed with a key of the forger's own, under a key id the issuer never used. */
    String signedWithAnUnknownKeyId() {
        ECKey own = newKey("forged-" + UUID.randomUUID());
        return sign(freshCopyOfGenuineClaims().build(), esHeader(own.getKeyID()), own);
    }

    /** Signed with a key of the forger's own, under the issuer's real key id. */
    String signedWithAForeignKeyUnderTheIssuersKeyId() {
        ECKey own = newKey(issuerKey.getKeyID());
        return sign(freshCopyOfGenuineClaims().build(), esHeader(own.getKeyID()), own);
    }

    /** Every forgery gets a token id of its own, so that none is refused merely as a replayed token. */
    private JWTClaimsSet.Builder freshCopyOfGenuineClaims() {
        return new JWTClaimsSet.Builder(genuineClaims).jwtID(UUID.randomUUID().toString());
    }

    private static JWSHeader esHeader(String keyId) {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(keyId).build();
    }

    private static String sign(JWTClaimsSet claims, JWSHeader header, ECKey key) {
        try {
            SignedJWT token = new SignedJWT(header, claims);
            token.sign(new ECDSASigner(key));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token with key " + key.getKeyID(), e);
        }
    }

    private static ECKey newKey(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an EC key", e);
        }
    }

    /**
     * identity-service keeps each signing key as a private JWK in its schema, encrypted as a JWE (dir, A256GCM):
     * only someone who has both the database and the key can forge — as this test does, to show what is refused.
     */
    private static ECKey issuerKey(String keyId, DatabaseConnection database, String keyEncryptionKey)
            throws SQLException, ParseException, JOSEException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT encrypted_private_jwk FROM identity.signing_keys WHERE kid = ?")) {
            query.setString(1, keyId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("identity.signing_keys holds no key " + keyId);
                }
                JWEObject encrypted = JWEObject.parse(rows.getString("encrypted_private_jwk"));
                encrypted.decrypt(new DirectDecrypter(Base64.getUrlDecoder().decode(keyEncryptionKey)));
                return ECKey.parse(encrypted.getPayload().toString());
            }
        }
    }
}
