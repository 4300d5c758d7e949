package com.evently.ticketing.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.evently.ticketing.identity.AdjustableClockContext.MAX_FAILURES_PER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guesses sent in parallel, against the service's own port: a bcrypt check takes long enough that every one of
 * them would pass a limit that is checked before it and counted after it.
 */
@AdjustableClockContext
class ParallelLoginAttemptsTest extends IdentityIntegrationTest {

    private static final int GUESSES = 30;

    @LocalServerPort
    int port;

    @Test
    void parallelWrongPasswordsFromOneAddressGetNoMoreThanTheLimitChecked() {
        Account account = registered();
        String address = freshAddress();

        List<HttpResponse<String>> answers = ParallelHttp.sendAtOnce(port, IntStream.range(0, GUESSES)
                .mapToObj(guess -> wrongPassword(account, address)).toList());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401, 429);
        assertThat(ParallelHttp.countStatus(answers, 401)).isEqualTo(MAX_FAILURES_PER_ACCOUNT);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 429)
                .allSatisfy(answer -> assertThat(answer.headers().firstValue("Retry-After")).isPresent());
    }

    @Test
    void parallelWrongPasswordsFromManyAddressesGetNoMoreThanTheLimitChecked() {
        Account account = registered();

        List<HttpResponse<String>> answers = ParallelHttp.sendAtOnce(port, IntStream.range(0, GUESSES)
                .mapToObj(guess -> wrongPassword(account, freshAddress())).toList());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401, 429);
        assertThat(ParallelHttp.countStatus(answers, 401)).isEqualTo(MAX_FAILURES_PER_ACCOUNT);
    }

    @Test
    void theOwnerLogsInFromAnAddressWithAGoodHistoryWhileStrangersGuessInParallel() {
        Account owner = registered();
        String home = freshAddress();
        List<HttpResponse<String>> earlier = ParallelHttp.sendAtOnce(port, List.of(login(owner, home)));
        assertThat(earlier).singleElement().extracting(HttpResponse::statusCode).isEqualTo(200);

        List<ParallelHttp.Call> calls = new java.util.ArrayList<>(IntStream.range(0, GUESSES)
                .mapToObj(guess -> wrongPassword(owner, freshAddress())).toList());
        calls.add(login(owner, home));
        List<HttpResponse<String>> answers = ParallelHttp.sendAtOnce(port, calls);

        assertThat(answers.getLast().statusCode()).as("the owner at home").isEqualTo(200);
        assertThat(ParallelHttp.countStatus(answers.subList(0, GUESSES), 401)).isEqualTo(MAX_FAILURES_PER_ACCOUNT);
        assertThat(ParallelHttp.sendAtOnce(port, List.of(login(owner, home), login(owner, freshAddress()))))
                .extracting(HttpResponse::statusCode)
                .as("home still works; an address without history waits like the strangers")
                .containsExactly(200, 429);
    }

    private static ParallelHttp.Call wrongPassword(Account account, String address) {
        return login(account.withPassword("not the password " + UUID.randomUUID()), address);
    }

    private static ParallelHttp.Call login(Account account, String address) {
        return ParallelHttp.Call.post("/api/v1/auth/login", account.credentials(), Map.of("X-Forwarded-For", address));
    }
}
