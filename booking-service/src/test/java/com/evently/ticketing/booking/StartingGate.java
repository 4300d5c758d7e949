package com.evently.ticketing.booking;

import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines up requests on a thread pool behind one gate and opens it, so that as many as the pool has threads race at
 * the same instant; the rest follow as threads free up. Collects every answer, in submission order.
 */
record StartingGate(ExecutorService pool, int threads) {

    record Answer(int status, String body) {
    }

    List<Answer> releaseAtOnce(int requests, IntFunction<RestTestClient.ResponseSpec> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(Math.min(requests, threads));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int attempt = 0; attempt < requests; attempt++) {
            int number = attempt;
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                EntityExchangeResult<String> result = request.apply(number).returnResult(String.class);
                return new Answer(result.getStatus().value(), result.getResponseBody());
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        start.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            answers.add(future.get(300, TimeUnit.SECONDS));
        }
        return answers;
    }
}
