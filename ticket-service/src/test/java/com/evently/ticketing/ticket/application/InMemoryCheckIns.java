package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.CheckIns;
import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.CheckInCount;
import com.evently.ticketing.ticket.domain.ScanAnswer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Admissions and answers in maps, one admission per ticket as the database's partial unique index allows. */
final class InMemoryCheckIns implements CheckIns {

    private final Map<UUID, Optional<ScanAnswer>> answers = new HashMap<>();
    private final Map<UUID, CheckIn> admissions = new LinkedHashMap<>();
    final List<CheckIn> undone = new ArrayList<>();

    @Override
    public Optional<ScanAnswer> claimScan(UUID scanId, Instant receivedAt) {
        if (answers.containsKey(scanId)) {
            return answers.get(scanId);
        }
        answers.put(scanId, Optional.empty());
        return Optional.empty();
    }

    @Override
    public void answer(UUID scanId, ScanAnswer answer) {
        answers.put(scanId, Optional.of(answer));
    }

    @Override
    public boolean admit(CheckIn checkIn) {
        return admissions.putIfAbsent(checkIn.ticketId(), checkIn) == null;
    }

    @Override
    public Optional<CheckIn> current(UUID ticketId) {
        return Optional.ofNullable(admissions.get(ticketId));
    }

    @Override
    public boolean replaceIfLater(CheckIn earlier) {
        CheckIn current = admissions.get(earlier.ticketId());
        if (current == null || !current.checkedInAt().isAfter(earlier.checkedInAt())) {
            return false;
        }
        admissions.put(earlier.ticketId(), earlier);
        return true;
    }

    @Override
    public boolean undo(UUID ticketId, UUID undoneBy, Instant at) {
        CheckIn removed = admissions.remove(ticketId);
        if (removed != null) {
            undone.add(removed);
        }
        return removed != null;
    }

    @Override
    public List<CheckInCount> countsOf(UUID eventId) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        admissions.values().stream().filter(checkIn -> checkIn.eventId().equals(eventId))
                .forEach(checkIn -> counts.merge(java.util.Arrays.asList(checkIn.sessionId(), checkIn.gate()), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(entry -> new CheckInCount((UUID) entry.getKey().get(0), (String) entry.getKey().get(1), entry.getValue()))
                .toList();
    }

    long admissionsOf(UUID ticketId) {
        return admissions.values().stream().filter(checkIn -> Objects.equals(checkIn.ticketId(), ticketId)).count();
    }
}
