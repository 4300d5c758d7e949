package com.evently.ticketing.ticket.adapter.out.metrics;

import com.evently.ticketing.platform.persistence.AfterCommit;
import com.evently.ticketing.ticket.application.port.out.CheckInMetrics;
import com.evently.ticketing.ticket.domain.ScanResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;

/** {@code ticketing_check_in_scans_total{result}} in Prometheus. */
public class MicrometerCheckInMetrics implements CheckInMetrics {

    private final Map<ScanResult, Counter> byResult = new EnumMap<>(ScanResult.class);

    public MicrometerCheckInMetrics(MeterRegistry registry) {
        for (ScanResult result : ScanResult.values()) {
            byResult.put(result, Counter.builder("ticketing.check.in.scans")
                    .description("Scans answered at the door, by answer")
                    .tag("result", result.name())
                    .register(registry));
        }
    }

    @Override
    public void answered(ScanResult result) {
        Counter counter = byResult.get(result);
        // a scan whose transaction rolled back was not answered
        AfterCommit.run(counter::increment);
    }
}
