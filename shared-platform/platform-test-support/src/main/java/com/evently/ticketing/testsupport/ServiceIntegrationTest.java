package com.evently.ticketing.testsupport;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole service on a random port against real PostgreSQL, Kafka and JWT validation
 * ({@link RealInfrastructure}); inject {@code RestTestClient} to call it over HTTP. Test classes with the
 * same configuration share one context, hence one database: tests use fresh ids, never fixed ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
@AutoConfigureRestTestClient
public @interface ServiceIntegrationTest {
}
