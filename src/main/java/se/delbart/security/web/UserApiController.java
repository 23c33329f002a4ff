package se.delbart.security.web;

import java.net.URI;
import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.delbart.security.Account;
import se.delbart.security.AccountChanges;
import se.delbart.security.AccountService;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import se.delbart.shared.web.openapi.ETagResponse;

/** Account administration for ADMIN (the filter chain enforces the role). */
@RestController
@RequestMapping(path = "/api/v1/users", produces = "application/json")
class UserApiController {

    record UserView(long id, String username, String displayName, String email, Role role, String municipalityCode,
            boolean enabled, Instant lockedUntil, Instant createdAt) {
        static UserView of(Account a) {
            return new UserView(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.municipalityCode(),
                    a.enabled(), a.lockedUntil(), a.createdAt());
        }
    }

    record CreateUserRequest(
            @NotBlank @Size(min = 3, max = 60) String username,
            @NotBlank @Size(max = 120) String displayName,
            @Email @Size(max = 254) String email,
            @NotBlank String password,
            @NotNull Role role,
            String municipalityCode) {
    }

    record UpdateUserRequest(
            @NotBlank @Size(max = 120) String displayName,
            @Email @Size(max = 254) String email,
            @NotNull Role role,
            String municipalityCode,
            @NotNull Boolean enabled) {
    }

    record PasswordRequest(@NotBlank String password) {
    }

    private final AccountService accounts;

    UserApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "Every account, paged; sortable by `username`, `displayName`, `role`, `municipalityCode`, `createdAt`, `enabled` (other properties are ignored).")
    @GetMapping
    PagedModel<UserView> list(@PageableDefault(size = 50, sort = "username") Pageable pageable) {
        return new PagedModel<>(accounts.list(sortable(pageable)).map(UserView::of));
    }

    /** Only these properties may be sorted on: ordering by e.g. the password hash would leak information. */
    private static final java.util.Set<String> SORTABLE = java.util.Set.of("username", "displayName", "role",
            "municipalityCode", "createdAt", "enabled");

    static Pageable sortable(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(order -> SORTABLE.contains(order.getProperty())).toList());
        return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                sort.isSorted() ? sort : Sort.by("username"));
    }

    @Operation(operationId = "createUser", summary = "Create an account",
            description = """
                    Creates an account. EDITOR and MEMBER belong to a municipality (`municipalityCode`); ADMIN and \
                    ANALYST to none. A username that is taken, or a password that does not follow the account rules, \
                    gets 400 naming the field.""")
    @ETagResponse
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
        Account created = accounts.createUser(request.username(), request.displayName(), request.email(),
                request.password(), request.role(), request.municipalityCode());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).eTag(etag(created)).body(UserView.of(created));
    }

    @Operation(operationId = "getUser", summary = "Read an account",
            description = "An account with its role, municipality, state and version as `ETag`.")
    @ETagResponse
    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@PathVariable long id) {
        Account account = accounts.get(id);
        return ResponseEntity.ok().eTag(etag(account)).body(UserView.of(account));
    }

    /** Replaces the editable fields. With {@code If-Match} the update is refused (412) if someone changed it since. */
    @Operation(operationId = "updateUser", summary = "Change an account",
            description = """
                    Replaces the editable fields (display name, e-mail, role, municipality, enabled). A change of role, \
                    municipality or enabled ends the account's web sessions and revokes its tokens. With `If-Match` the change is refused (412) \
                    if someone changed the account since it was read.""")
    @PutMapping("/{id}")
    ResponseEntity<UserView> update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request,
            @Parameter(description = "The account's ETag as the last read returned it, e.g. `\"3\"`; a stale one gets 412. "
                    + "Without it the change applies to the current version.")
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AccountChanges changes = new AccountChanges(request.displayName(), request.email(), request.role(),
                request.municipalityCode(), request.enabled());
        Account updated = ifMatch == null ? accounts.update(id, changes)
                : accounts.update(id, parseVersion(ifMatch), changes);
        return ResponseEntity.ok().eTag(etag(updated)).body(UserView.of(updated));
    }

    @Operation(operationId = "resetUserPassword", summary = "Set an account's password",
            description = "Sets a new password (it must follow the account rules, else 400); the account's web sessions end and its tokens are revoked.")
    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable long id, @Valid @RequestBody PasswordRequest request) {
        accounts.resetPassword(id, request.password());
    }

    private static String etag(Account account) {
        return "\"" + account.version() + "\"";
    }

    private static long parseVersion(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        }
        catch (NumberFormatException e) {
            throw new InvalidInputException(java.util.List.of(new FieldProblem("If-Match", "must be an ETag of this resource")));
        }
    }
}
