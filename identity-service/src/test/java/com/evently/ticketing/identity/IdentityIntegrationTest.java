package com.evently.ticketing.identity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.ThreadLocalRandom;

/**
 * What identity's full-stack tests share: the HTTP client, the database and the JSON mapper of the running
 * service, and the accounts and client addresses they start from. Subclasses choose their context with
 * {@code @ServiceIntegrationTest} or {@code @AdjustableClockContext}.
 */
abstract class IdentityIntegrationTest {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    IdentityClient identity() {
        return new IdentityClient(client);
    }

    /** A fresh account, registered over HTTP. */
    Account registered() {
        Account account = Account.fresh();
        identity().register(account);
        return account;
    }

    /** A private address no other test uses, so the tests' address counts do not mix. */
    static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
