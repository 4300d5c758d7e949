package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    @Test
    void readsParentAndCpuTicksOfAProcess() {
        ProcStat stat = ProcStat.parse("4242 (java) S 4100 4242 4100 0 -1 4194560 52153 0 12 0 1530 245 7 3 20 0 "
                + "57 0 1234 2987302912 115873 18446744073709551615 1 1 0 0 0 0 0 4096 17103 0 0 0 17 1 0 0 0 0 0");

        assertThat(stat.pid()).isEqualTo(4242);
        assertThat(stat.command()).isEqualTo("java");
        assertThat(stat.ppid()).isEqualTo(4100);
        assertThat(stat.ownTicks()).isEqualTo(1530 + 245);
        assertThat(stat.childrenTicks()).isEqualTo(7 + 3);
    }

    @Test
    void countsFieldsFromTheLastParenthesisSinceACommandMayContainSpacesAndParentheses() {
        ProcStat stat = ProcStat.parse("77 (postgres: (x) idle) S 10 77 77 0 -1 0 0 0 0 0 40 2 100 50 20 0 1 0");

        assertThat(stat.command()).isEqualTo("postgres: (x) idle");
        assertThat(stat.ppid()).isEqualTo(10);
        assertThat(stat.ownTicks()).isEqualTo(42);
        assertThat(stat.childrenTicks()).isEqualTo(150);
    }

    @Test
    void refusesWhatIsNotAStatLine() {
        assertThatThrownBy(() -> ProcStat.parse("no parentheses here")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcStat.parse("1 (short) S 0 1")).isInstanceOf(IllegalArgumentException.class);
    }
}
