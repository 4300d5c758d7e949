package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.ticket.application.CheckingIn;
import com.evently.ticketing.ticket.application.ManagingCheckInDevices;
import com.evently.ticketing.ticket.application.ReadingCheckIns;
import com.evently.ticketing.ticket.domain.Scanner;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What a check-in device may do, and all it may do: scan its event's tickets (live or offline) and read its
 * revocation list. Declared public to the platform's token check, since a device holds no user token: the device
 * secret in {@value #DEVICE_HEADER} is checked here on every request, and every other endpoint still demands a
 * user's token, so the secret opens nothing else. Rate limited per device.
 */
@RestController
@RequestMapping("/api/v1/check-in/device")
class DeviceScanController {

    static final String DEVICE_HEADER = "X-Check-In-Device";

    private final ManagingCheckInDevices devices;
    private final CheckingIn checkingIn;
    private final ReadingCheckIns readingCheckIns;
    private final DeviceRateLimit rateLimit;
    private final Clock clock;

    DeviceScanController(ManagingCheckInDevices devices, CheckingIn checkingIn, ReadingCheckIns readingCheckIns,
                         DeviceRateLimit rateLimit, Clock clock) {
        this.devices = devices;
        this.checkingIn = checkingIn;
        this.readingCheckIns = readingCheckIns;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @Operation(operationId = "deviceCheckIn", summary = "Check a ticket in from a registered device")
    @PostMapping("/scans")
    CheckInController.ScanResponse scan(@RequestHeader(name = DEVICE_HEADER, required = false) String token,
                                        @RequestBody CheckInController.ScanRequest request) {
        return CheckInController.ScanResponse.of(request.scanId(),
                checkingIn.scan(device(token), request.toScan(null)));
    }

    @Operation(operationId = "deviceCheckInBatch", summary = "Upload a device's offline check-ins")
    @PostMapping("/scans/batch")
    CheckInController.BatchResponse sync(@RequestHeader(name = DEVICE_HEADER, required = false) String token,
                                         @RequestBody CheckInController.BatchRequest request) {
        return CheckInController.BatchResponse.of(checkingIn.sync(device(token), request.toScans()));
    }

    @Operation(operationId = "deviceRevocations", summary = "Revocations for a registered device's event")
    @GetMapping("/revocations")
    RevocationsResponse revocations(@RequestHeader(name = DEVICE_HEADER, required = false) String token,
                                    @RequestParam(required = false) OffsetDateTime since) {
        Scanner.Device device = device(token);
        Instant from = since == null ? null : since.toInstant();
        return RevocationsResponse.of(readingCheckIns.revocations(device, device.eventId(), from), from, clock);
    }

    private Scanner.Device device(String token) {
        Scanner.Device device = (Scanner.Device) devices.recognize(token);
        rateLimit.acquire(device.deviceId());
        return device;
    }
}
