package com.evently.ticketing.identity;

import com.evently.ticketing.platform.security.JwtSecurityProperties;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JWKS and the service's own token check are served from memory, not from one key-store read each. */
@AdjustableClockContext
class JwksCacheTest extends IdentityIntegrationTest {

    private static final int REQUESTS = 40;

    @Autowired
    SigningKeyReads keyReads;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JwtSecurityProperties jwt;

    @LocalServerPort
    int port;

    @Test
    void answersManyJwksRequestsFromAtMostOneKeyRead() {
        clock.advance(Duration.parse("PT" + AdjustableClockContext.JWKS_CACHE_TIME_TO_LIVE.toUpperCase()));
        int readsBefore = keyReads.count();

        List<HttpResponse<String>> answers = ParallelHttp.sendAtOnce(port, IntStream.range(0, REQUESTS)
                .mapToObj(request -> ParallelHttp.Call.get("/.well-known/jwks.json", Map.of())).toList());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.getFirst().body());
        assertThat(keyReads.count() - readsBefore).isLessThanOrEqualTo(1);
    }

    @Test
    void tokensWithMadeUpKeyIdsDoNotMakeTheServiceReadItsKeysForEachOfThem() throws Exception {
        Account account = Account.fresh();
        String userId = identity().registered(account);
        ECKey forger = new ECKeyGenerator(Curve.P_256).generate();
        clock.advance(Duration.parse("PT" + AdjustableClockContext.UNKNOWN_KEY_RELOAD_INTERVAL.toUpperCase()));
        int readsBefore = keyReads.count();

        List<ParallelHttp.Call> calls = IntStream.range(0, REQUESTS)
                .mapToObj(request -> ParallelHttp.Call.get("/api/v1/users/me",
                        Map.of("Authorization", "Bearer " + signedWithUnknownKeyId(forger, account, userId))))
                .toList();
        List<HttpResponse<String>> answers = ParallelHttp.sendAtOnce(port, calls);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(keyReads.count() - readsBefore).isLessThanOrEqualTo(1);
    }

    private String signedWithUnknownKeyId(ECKey forger, Account account, String userId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(jwt.issuer())
                .audience(jwt.audience())
                .subject(userId)
                .claim("email", account.email())
                .claim("name", account.name())
                .claim("roles", List.of("USER"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .keyID("made-up-" + UUID.randomUUID()).build(), claims);
            token.sign(new ECDSASigner(forger));
            return token.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
