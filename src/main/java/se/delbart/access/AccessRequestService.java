package se.delbart.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.security.Account;
import se.delbart.security.AccountService;
import se.delbart.security.AccountSetupLinks;
import se.delbart.shared.ExclusiveJobs;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.Role;
import se.delbart.shared.TooManyRequestsException;

/**
 * Takes requests for access, lets an administrator decide them and deletes them after the retention period. Approval
 * creates the account through {@link AccountService} with a password nobody knows, and a one-time link
 * ({@link AccountSetupLinks}) for the applicant to set their own.
 */
@Service
@Transactional
public class AccessRequestService {

    /** The fields of a request; the web form checks their shape, {@link #submit} checks them again. */
    public record NewRequest(String name, String email, String municipalityCode, Role role) {
    }

    /** The account made from an approved request, and the secret of its link to set a password. */
    public record Approval(AccessRequest request, Account account, String setupSecret) {
    }

    private static final Logger log = LoggerFactory.getLogger(AccessRequestService.class);
    static final String PURGE_LOCK = "access-request-purge";

    private final AccessRequests requests;
    private final AccessRequestLimits limits;
    private final Municipalities municipalities;
    private final AccountService accounts;
    private final AccountSetupLinks setupLinks;
    private final ExclusiveJobs jobs;
    private final AccessProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessRequestService(AccessRequests requests, AccessRequestLimits limits, Municipalities municipalities,
            AccountService accounts, AccountSetupLinks setupLinks, ExclusiveJobs jobs, AccessProperties properties,
            Clock clock) {
        this.requests = requests;
        this.limits = limits;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.setupLinks = setupLinks;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /** The roles staff may ask for: those that belong to a municipality (never an administrator's). */
    public static List<Role> requestableRoles() {
        return java.util.Arrays.stream(Role.values()).filter(Role::belongsToMunicipality).toList();
    }

    /**
     * Stores a pending request, marked for extra checking when the e-mail domain is not the municipality's.
     *
     * @throws TooManyRequestsException when the client address or the e-mail address has sent too many (field
     *         {@code clientAddress} or {@code email})
     */
    public AccessRequest submit(NewRequest form, String clientAddress) {
        String email = form.email() == null ? null : form.email().strip().toLowerCase(Locale.ROOT);
        Municipality municipality = form.municipalityCode() == null ? null
                : municipalities.findById(form.municipalityCode()).orElse(null);
        if (form.name() == null || form.name().isBlank() || email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                || municipality == null || form.role() == null || !form.role().belongsToMunicipality()) {
            throw new InvalidInputException(List.of(new FieldProblem("request", "name, e-mail, municipality and a "
                    + "municipal role are required")));
        }
        Instant now = clock.instant();
        check("clientAddress", limits.attempt("address", clientAddress, properties.addressLimit(), now),
                properties.addressLimit(), now);
        check("email", limits.attempt("email", email, properties.emailLimit(), now), properties.emailLimit(), now);
        boolean needsCheck = !MunicipalDomains.isMunicipal(email, municipality.name());
        AccessRequest saved = requests.save(new AccessRequest(form.name().strip(), email, municipality.kommunkod(),
                form.role(), needsCheck, now));
        log.info("Access request {} for {} as {}{}", saved.id(), municipality.kommunkod(), form.role(),
                needsCheck ? " (e-mail domain not the municipality's: marked for checking)" : "");
        return saved;
    }

    private static void check(String field, FixedWindow.Count count, FixedWindow window, Instant now) {
        if (!window.allows(count)) {
            Duration retryAfter = window.retryAfter(count, now);
            throw new TooManyRequestsException(List.of(new FieldProblem(field, "too many requests; try again in "
                    + retryAfter.toMinutes() + " minutes")), retryAfter);
        }
    }

    @Transactional(readOnly = true)
    public List<AccessRequest> pending() {
        return requests.findByStatusOrderByCreatedAtAsc(AccessRequestStatus.PENDING);
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return requests.countByStatus(AccessRequestStatus.PENDING);
    }

    /** Creates the account in the requested municipality and role, and a one-time link to set its password. */
    public Approval approve(UUID id, String admin) {
        AccessRequest request = load(id);
        String username = Usernames.fromEmail(request.email(), request.municipalityCode(), accounts::existsByUsername);
        byte[] unknown = new byte[32];
        random.nextBytes(unknown);
        Account account = accounts.createUser(username, request.name(), request.email(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(unknown), request.role(),
                request.municipalityCode());
        request.approve(admin, account.username(), clock.instant());
        String secret = setupLinks.issue(account.id());
        log.info("Access request {} approved by {}: account {}", id, admin, account.username());
        return new Approval(request, account, secret);
    }

    public AccessRequest reject(UUID id, String admin, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "must be at most 500 characters")));
        }
        AccessRequest request = load(id);
        request.reject(admin, why, clock.instant());
        log.info("Access request {} rejected by {}", id, admin);
        return request;
    }

    @Scheduled(cron = "${delbart.access.purge:0 23 3 * * *}")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void purgeExpired() {
        jobs.runExclusively(PURGE_LOCK, Duration.ofMinutes(10), Duration.ofMinutes(1), this::purge);
    }

    /** Deletes decided requests older than the retention, undecided ones older than theirs, and old rate windows. */
    public int purge() {
        Instant now = clock.instant();
        int deleted = requests.deleteExpired(now.minus(properties.retention()), now.minus(properties.pendingRetention()));
        Duration longestWindow = properties.addressWindow().compareTo(properties.emailWindow()) > 0
                ? properties.addressWindow() : properties.emailWindow();
        limits.forgetBefore(now.minus(longestWindow));
        if (deleted > 0) {
            log.info("Deleted {} access request(s) past their retention", deleted);
        }
        return deleted;
    }

    private AccessRequest load(UUID id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("AccessRequest", id));
    }
}
