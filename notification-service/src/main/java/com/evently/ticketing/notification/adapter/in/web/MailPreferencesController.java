package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.application.ChangingMailPreferences;
import com.evently.ticketing.notification.domain.MailPreferences;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own choice of optional mails: reminders and event-change notices. */
@RestController
@RequestMapping("/api/v1/notifications/preferences")
class MailPreferencesController {

    private final ChangingMailPreferences changingMailPreferences;

    MailPreferencesController(ChangingMailPreferences changingMailPreferences) {
        this.changingMailPreferences = changingMailPreferences;
    }

    @Operation(operationId = "mailPreferences", summary = "The caller's mail preferences")
    @GetMapping
    PreferencesBody current(AuthenticatedUser caller) {
        return PreferencesBody.of(changingMailPreferences.current(caller.caller()));
    }

    @Operation(operationId = "changeMailPreferences", summary = "Change the caller's mail preferences")
    @PutMapping
    PreferencesBody change(@Valid @RequestBody PreferencesBody chosen, AuthenticatedUser caller) {
        return PreferencesBody.of(changingMailPreferences.change(caller.caller(), chosen.reminders(),
                chosen.eventChanges()));
    }

    /** Both choices, always: a missing one is a mistake, not "leave as it is". */
    record PreferencesBody(@NotNull Boolean reminders, @NotNull Boolean eventChanges) {

        static PreferencesBody of(MailPreferences preferences) {
            return new PreferencesBody(preferences.reminders(), preferences.eventChanges());
        }
    }
}
