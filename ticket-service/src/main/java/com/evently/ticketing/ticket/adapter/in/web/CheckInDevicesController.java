package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.ticket.application.IssuedDevice;
import com.evently.ticketing.ticket.application.ManagingCheckInDevices;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CheckInDevice;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event's check-in devices, managed by its organizer: the secret is in the creation's answer, and only there. */
@RestController
@RequestMapping("/api/v1/events/{eventId}/check-in/devices")
class CheckInDevicesController {

    private final ManagingCheckInDevices devices;

    CheckInDevicesController(ManagingCheckInDevices devices) {
        this.devices = devices;
    }

    @Operation(operationId = "registerCheckInDevice", summary = "Register a check-in device (its credential is shown once)")
    @PostMapping
    ResponseEntity<CreatedDevice> create(@PathVariable UUID eventId, @RequestBody DeviceRequest request,
                                         AuthenticatedUser caller) {
        IssuedDevice issued = devices.issue(Actor.of(caller.caller()), eventId, request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedDevice(DeviceResponse.of(issued.device()), issued.token().value(),
                        DeviceScanController.DEVICE_HEADER));
    }

    @Operation(operationId = "listCheckInDevices", summary = "List an event's check-in devices")
    @GetMapping
    DeviceList list(@PathVariable UUID eventId, AuthenticatedUser caller) {
        return new DeviceList(devices.ofEvent(Actor.of(caller.caller()), eventId).stream()
                .map(DeviceResponse::of).toList());
    }

    @Operation(operationId = "revokeCheckInDevice", summary = "Revoke a check-in device")
    @DeleteMapping("/{deviceId}")
    ResponseEntity<Void> revoke(@PathVariable UUID eventId, @PathVariable UUID deviceId, AuthenticatedUser caller) {
        return devices.revoke(Actor.of(caller.caller()), eventId, deviceId)
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    record DeviceRequest(String name) {
    }

    record DeviceResponse(UUID id, UUID eventId, String name, Instant createdAt, Instant revokedAt) {

        static DeviceResponse of(CheckInDevice device) {
            return new DeviceResponse(device.id(), device.eventId(), device.name(), device.createdAt(),
                    device.revokedAt());
        }
    }

    /** {@code token} goes in the {@code header} of each of the device's requests. */
    record CreatedDevice(DeviceResponse device, String token, String header) {
    }

    record DeviceList(List<DeviceResponse> items) {
    }
}
