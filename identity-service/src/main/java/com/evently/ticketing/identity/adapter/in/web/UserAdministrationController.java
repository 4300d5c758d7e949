package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.AdministeringUsers;
import com.evently.ticketing.identity.application.ChangeUserCommand;
import com.evently.ticketing.identity.domain.UserPage;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Administrators find accounts and change their roles or disable them. The use cases check the role. */
@RestController
@RequestMapping("/api/v1/users")
class UserAdministrationController {

    private final AdministeringUsers administeringUsers;

    UserAdministrationController(AdministeringUsers administeringUsers) {
        this.administeringUsers = administeringUsers;
    }

    @Operation(operationId = "listUsers", summary = "Search users")
    @GetMapping
    PageResponse<ManagedUserResponse> list(AuthenticatedUser caller,
                                           @RequestParam Optional<String> q,
                                           @RequestParam Optional<String> email,
                                           @RequestParam Optional<String> name,
                                           @RequestParam Optional<String> role,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        UserSearch search = new UserSearch(q, email, name, role.filter(text -> !text.isBlank()).map(Role::named),
                page, size);
        UserPage found = administeringUsers.list(caller.caller(), search);
        return PageResponse.of(found.users().stream().map(ManagedUserResponse::of).toList(), page, size,
                found.totalMatches());
    }

    @Operation(operationId = "changeUser", summary = "Change a user's roles or disable the account")
    @PatchMapping("/{id}")
    ManagedUserResponse change(AuthenticatedUser caller, @PathVariable UUID id,
                               @Valid @RequestBody AccountChangeRequest request, HttpServletRequest http) {
        Optional<Set<Role>> roles = Optional.ofNullable(request.roles())
                .map(names -> names.stream().map(Role::named).collect(Collectors.toSet()));
        return ManagedUserResponse.of(administeringUsers.change(caller.caller(),
                new ChangeUserCommand(id, roles, Optional.ofNullable(request.enabled()), ClientAddresses.of(http))));
    }

    /** Absent fields stay as they are; {@code roles} replaces the roles (USER is kept whatever it lists). */
    record AccountChangeRequest(List<@NotNull String> roles, Boolean enabled) {
    }
}
