package com.evently.ticketing.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void groupsLatenciesByRequestStatusAndProblemType() {
        RequestLog log = new RequestLog();
        log.record(RequestLog.BOOK, 201, 40, "{\"id\":\"b1\",\"status\":\"CONFIRMED\",\"type\":\"not-a-problem\"}");
        log.record(RequestLog.BOOK, 409, 5, "{\"type\":\"https://ticketing.example/problems/sold-out\",\"status\":409}");
        log.record(RequestLog.BOOK, 503, 9000, "{\"type\" : \"https://ticketing.example/problems/busy\"}");
        log.record(RequestLog.BOOK, 503, 2, "{\"title\":\"Service Unavailable\",\"type\":\"about:blank\"}");
        log.record(RequestLog.BOOK, RequestLog.NO_RESPONSE, 0, null);

        assertThat(log.latencyByRequestAndStatus()).containsOnlyKeys(
                "book 0", "book 201", "book 409 sold-out", "book 503 busy", "book 503 about:blank");
        assertThat(log.countByStatus()).containsEntry(503, 2L).containsEntry(201, 1L);
        assertThat(log.booked()).isOne();
    }
}
