package com.evently.ticketing.platform;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.retention.RetentionRule;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.security.PublicEndpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A minimal service that uses every platform building block, for the platform's own tests. */
@SpringBootApplication
public class PlatformTestApplication {

    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.of("GET /public/**");
    }

    @Bean
    RetentionRule settledRowsForADay() {
        return RetentionRule.of("kept_for_a_while", "recorded_at", Duration.ofDays(1)).onlyWhere("state = 'SETTLED'");
    }

    @RestController
    static class ProbeController {

        record Order(@NotBlank String item, @Positive int quantity) {
        }

        @GetMapping("/public/ping")
        Map<String, String> ping(Optional<AuthenticatedUser> caller) {
            return Map.of("pong", caller.map(AuthenticatedUser::email).orElse("anonymous"));
        }

        @GetMapping("/me")
        AuthenticatedUser me(AuthenticatedUser user) {
            return user;
        }

        @PostMapping("/orders")
        Order order(@Valid @RequestBody Order order) {
            return order;
        }

        @GetMapping("/orders/{quantity}")
        Map<String, Integer> orderOf(@PathVariable int quantity) {
            if (quantity > 10) {
                throw new InvalidInput("At most 10 items per order.");
            }
            return Map.of("quantity", quantity);
        }

        @GetMapping("/misused-library")
        Map<String, String> misusedLibrary() {
            throw new IllegalArgumentException("Illegal pattern character 'q' in SELECT * FROM secrets");
        }

        @GetMapping("/database-gone")
        Map<String, String> databaseGone() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("pool-1 - Connection is not available, request timed out"));
        }

        @GetMapping("/boom")
        Map<String, String> boom() {
            throw new IllegalStateException("SELECT * FROM secrets");
        }
    }
}
