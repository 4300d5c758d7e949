package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.CheckInDevices;
import com.evently.ticketing.ticket.domain.CheckInDevice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class InMemoryCheckInDevices implements CheckInDevices {

    private final Map<String, CheckInDevice> byHash = new LinkedHashMap<>();

    @Override
    public void add(CheckInDevice device, String tokenHash) {
        byHash.put(tokenHash, device);
    }

    @Override
    public Optional<CheckInDevice> byTokenHash(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash));
    }

    @Override
    public List<CheckInDevice> ofEvent(UUID eventId) {
        return byHash.values().stream().filter(device -> device.eventId().equals(eventId)).toList();
    }

    @Override
    public boolean revoke(UUID eventId, UUID deviceId, Instant at) {
        for (Map.Entry<String, CheckInDevice> entry : byHash.entrySet()) {
            CheckInDevice device = entry.getValue();
            if (device.id().equals(deviceId) && device.eventId().equals(eventId) && !device.isRevoked()) {
                entry.setValue(new CheckInDevice(device.id(), device.eventId(), device.name(), device.createdBy(),
                        device.createdAt(), at));
                return true;
            }
        }
        return false;
    }
}
