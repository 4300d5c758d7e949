package com.evently.ticketing.deploy.chaos;

import java.util.ArrayList;
import java.util.List;

/** What a chaos run found: each invariant with the figures behind it, and the faults it injected. */
public final class ChaosReport {

    private final List<String> faults = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    void fault(String description) {
        faults.add(description);
    }

    void fact(String rule, String figures) {
        facts.add("OK   " + rule + ": " + figures);
    }

    void violation(String rule, String figures) {
        violations.add("FAIL " + rule + ": " + figures);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    ChaosReport withFaults(List<String> injected) {
        faults.addAll(injected);
        return this;
    }

    /** The report as printed and pasted into docs/chaos.md. */
    public String render(String header) {
        StringBuilder text = new StringBuilder(header).append('\n');
        text.append("Faults injected:\n");
        faults.forEach(fault -> text.append("  - ").append(fault).append('\n'));
        text.append("Checks:\n");
        facts.forEach(fact -> text.append("  ").append(fact).append('\n'));
        violations.forEach(violation -> text.append("  ").append(violation).append('\n'));
        text.append(passed() ? "RESULT: PASSED" : "RESULT: FAILED (" + violations.size() + " violations)").append('\n');
        return text.toString();
    }
}
