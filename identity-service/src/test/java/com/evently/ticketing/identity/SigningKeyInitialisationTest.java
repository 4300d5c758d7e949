package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.EnsuringSigningKey;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Empties the key store, so it runs in an application context (and database) of its own. */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.application.name=identity-service-signing-key-race")
class SigningKeyInitialisationTest {

    private static final int REPLICAS = 8;

    @Autowired
    EnsuringSigningKey ensureSigningKey;

    @Autowired
    JdbcClient jdbc;

    @Test
    void replicasInitialisingAtOnceAgreeOnOneActiveKey() throws Exception {
        jdbc.sql("DELETE FROM signing_keys").update();
        CountDownLatch startingGun = new CountDownLatch(1);
        List<Callable<SigningKey>> replicas = IntStream.range(0, REPLICAS)
                .<Callable<SigningKey>>mapToObj(replica -> () -> {
                    startingGun.await();
                    return ensureSigningKey.ensureActiveKey();
                })
                .toList();

        List<String> keyIds;
        try (ExecutorService pool = Executors.newFixedThreadPool(REPLICAS)) {
            List<Future<SigningKey>> results = replicas.stream().map(pool::submit).toList();
            startingGun.countDown();
            keyIds = results.stream().map(SigningKeyInitialisationTest::keyIdOf).distinct().toList();
        }

        assertThat(keyIds).hasSize(1);
        assertThat(jdbc.sql("SELECT kid FROM signing_keys WHERE active").query(String.class).list())
                .containsExactlyElementsOf(keyIds);
        assertThat(jdbc.sql("SELECT count(*) FROM signing_keys").query(Long.class).single()).isEqualTo(1);
    }

    private static String keyIdOf(Future<SigningKey> result) {
        try {
            return result.get().keyId();
        } catch (Exception e) {
            throw new AssertionError("A replica failed to initialise its signing key", e);
        }
    }
}
