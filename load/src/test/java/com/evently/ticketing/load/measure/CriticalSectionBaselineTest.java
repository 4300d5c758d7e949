package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CriticalSectionBaselineTest {

    private static final String PGBENCH_OUTPUT = """
            transaction type: /tmp/critical-section.sql
            scaling factor: 1
            query mode: simple
            number of clients: 32
            number of threads: 2
            maximum number of tries: 1
            duration: 10 s
            number of transactions actually processed: 10331
            number of failed transactions: 0 (0.000%)
            latency average = 30.962 ms
            initial connection time = 61.334 ms
            tps = 1033.512894 (without initial connection time)
            """;

    @Test
    void readsTheTpsWithoutConnectionTime() {
        assertThat(CriticalSectionBaseline.tpsOfPgbenchOutput(PGBENCH_OUTPUT)).isEqualTo(1033.512894);
    }

    @Test
    void pgbenchOutputWithoutTpsIsAFailure() {
        assertThatThrownBy(() -> CriticalSectionBaseline.tpsOfPgbenchOutput("connection to server failed"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("connection to server failed");
    }

    @Test
    void scriptLocksDecrementsAndInsertsBookingAndOutboxRowInOneTransactionOnARandomLine() {
        String script = CriticalSectionBaseline.pgbenchScript(16);

        assertThat(script.lines().toList()).containsSubsequence(
                "\\set line random(1, 16)",
                "BEGIN;",
                "SELECT available FROM inventory_line WHERE id = :line FOR UPDATE;",
                "UPDATE inventory_line SET available = available - 1 WHERE id = :line;")
                .endsWith("COMMIT;");
        // pgbench reads one statement per line: no statement may span lines
        assertThat(script.lines().filter(line -> line.startsWith("INSERT INTO booking ")).count()).isOne();
        assertThat(script.lines().filter(line -> line.startsWith("INSERT INTO outbox ")).count()).isOne();
    }
}
