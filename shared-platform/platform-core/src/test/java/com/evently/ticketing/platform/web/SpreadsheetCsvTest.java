package com.evently.ticketing.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTest {

    @Test
    void writesAHeaderAndQuotesWhatNeedsIt() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");

        String csv = SpreadsheetCsv.of(List.of("id", "name", "seats"),
                List.of(Arrays.asList(id, "Silva, Ana \"Nana\"", 2), Arrays.asList(id, null, 1)));

        assertThat(csv).isEqualTo("id,name,seats\r\n"
                + id + ",\"Silva, Ana \"\"Nana\"\"\",2\r\n"
                + id + ",,1\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsText() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetCsv.text(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(SpreadsheetCsv.text("Ana")).isEqualTo("Ana");
        assertThat(SpreadsheetCsv.text("")).isEmpty();
        assertThat(SpreadsheetCsv.text(null)).isNull();
        assertThat(SpreadsheetCsv.of(List.of("name"), List.of(List.of("=HYPERLINK(\"x\")"))))
                .isEqualTo("name\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    @Test
    void onlyTextIsGuardedNumbersStayNumbers() {
        assertThat(SpreadsheetCsv.of(List.of("delta"), List.of(List.of(-3)))).isEqualTo("delta\r\n-3\r\n");
    }
}
