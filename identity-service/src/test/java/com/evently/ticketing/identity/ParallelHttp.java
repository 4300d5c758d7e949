package com.evently.ticketing.identity;

import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends requests to a running instance at the same moment, each over a connection of its own, the way
 * parallel clients (or an attacker's script) would.
 */
final class ParallelHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request: its method and path, the JSON body (none when null) and extra headers. */
    record Call(String method, String path, Object body, Map<String, String> headers) {

        static Call post(String path, Object body, Map<String, String> headers) {
            return new Call("POST", path, body, headers);
        }

        static Call get(String path, Map<String, String> headers) {
            return new Call("GET", path, null, headers);
        }
    }

    /** Releases every call at once and returns the answers in the order of {@code calls}. */
    static List<HttpResponse<String>> sendAtOnce(int port, List<Call> calls) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        CountDownLatch startingGun = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> answers = calls.stream()
                    .map(call -> clients.submit((Callable<HttpResponse<String>>) () -> {
                        HttpRequest request = request(port, call);
                        startingGun.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    }))
                    .toList();
            startingGun.countDown();
            return answers.stream().map(ParallelHttp::answer).toList();
        }
    }

    static long countStatus(List<HttpResponse<String>> answers, int status) {
        return answers.stream().filter(answer -> answer.statusCode() == status).count();
    }

    private static HttpRequest request(int port, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call.path()))
                .timeout(Duration.ofSeconds(60));
        call.headers().forEach(request::header);
        if (call.body() == null) {
            return request.method(call.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(call.method(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(call.body())))
                .build();
    }

    private static HttpResponse<String> answer(Future<HttpResponse<String>> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError("A parallel request failed without an answer", e);
        }
    }

    private ParallelHttp() {
    }
}
