package com.touchpoint.staff;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.InputCheck;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** User accounts, their roles and supervised teams. Only admins manage them; every change is audited. */
@Service
public class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,49}");

    private final UserAccountRepository accounts;
    private final StaffRepository staff;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    UserAccounts(UserAccountRepository accounts, StaffRepository staff, OrgUnitRepository units,
                 PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Who to notify about a staff member: the username of their account, if they have one. Only for the system
     * (notices, reminders, generated data; see {@link com.touchpoint.shared.SystemActor}) and administrators: a
     * signed-in user would learn the account names of people outside their reach.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.actsAsSystem() or @access.canManageAccounts()")
    public java.util.Optional<String> usernameOfStaff(long staffId) {
        return accounts.findByStaffId(staffId).filter(UserAccount::isEnabled).map(UserAccount::getUsername);
    }

    /** Who to notify about a team: the usernames of its supervisors. Only for the system and administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.actsAsSystem() or @access.canManageAccounts()")
    public List<String> supervisorsOf(long teamId) {
        return accounts.supervisorUsernames(teamId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageAccounts()")
    public List<UserAccountDetails> search(String text, Pageable page) {
        return accounts.search(pattern(text), page).map(this::details).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageAccounts()")
    public long count(String text) {
        return accounts.countMatching(pattern(text));
    }

    @Transactional
    @PreAuthorize("@access.canManageAccounts()")
    public UserAccountDetails create(UserAccountChange change) {
        validate(change, null);
        if (accounts.findByUsername(change.username().strip()).isPresent()) {
            throw new InvalidInputException("username", "user.username.taken", change.username());
        }
        checkPassword(change.password(), change.username());
        var account = new UserAccount(change.username().strip(), passwords.encode(change.password()),
                change.displayName().strip());
        apply(account, change);
        UserAccountDetails after = details(accounts.saveAndFlush(account));
        audit.record("CREATE", "UserAccount", after.username(), null, after);
        return after;
    }

    @Transactional
    @PreAuthorize("@access.canManageAccounts()")
    public UserAccountDetails update(long id, UserAccountChange change) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("user.not-found", id));
        validate(change, id);
        UserAccountDetails before = details(account);
        account.setDisplayName(change.displayName().strip());
        if (change.password() != null && !change.password().isEmpty()) {
            checkPassword(change.password(), account.getUsername());
            account.setPasswordHash(passwords.encode(change.password()));
        }
        apply(account, change);
        UserAccountDetails after = details(accounts.saveAndFlush(account));
        audit.record(change.password() == null || change.password().isEmpty() ? "UPDATE" : "UPDATE_WITH_PASSWORD",
                "UserAccount", after.username(), before, after);
        return after;
    }

    @Transactional
    @PreAuthorize("@access.canManageAccounts()")
    public UserAccountDetails unlock(long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("user.not-found", id));
        UserAccountDetails before = details(account);
        account.unlock();
        UserAccountDetails after = details(account);
        audit.record("UNLOCK", "UserAccount", account.getUsername(), before, after);
        log.info("Account {} unlocked by {}",
                account.getUsername(), SecurityContextHolder.getContext().getAuthentication().getName());
        return after;
    }

    /** Whether anyone can manage accounts: an enabled account with the ADMIN role exists. */
    @Transactional(readOnly = true)
    boolean enabledAdminExists() {
        return accounts.existsEnabledWithRole(Role.ADMIN);
    }

    /** Creates an account without the admin check; only for start-up data such as the demo organisation. */
    @Transactional
    UserAccount createSystemAccount(UserAccountChange change) {
        validate(change, null);
        checkPassword(change.password(), change.username());
        var account = new UserAccount(change.username(), passwords.encode(change.password()), change.displayName());
        apply(account, change);
        return accounts.save(account);
    }

    /**
     * Creates start-up accounts that share one password without the admin check. The password is hashed
     * once: a deliberately slow hash per account would add minutes to the first start.
     */
    @Transactional
    List<UserAccount> createSystemAccounts(List<UserAccountChange> changes, String sharedPassword) {
        changes.forEach(change -> {
            validate(change, null);
            checkPassword(sharedPassword, change.username());
        });
        String hash = passwords.encode(sharedPassword);
        return changes.stream().map(change -> {
            var account = new UserAccount(change.username(), hash, change.displayName());
            apply(account, change);
            return accounts.save(account);
        }).toList();
    }

    private void apply(UserAccount account, UserAccountChange change) {
        account.setStaffId(change.staffId());
        account.setRoles(change.roles());
        account.setSupervisedTeamIds(change.supervisedTeamIds() == null ? Set.of() : change.supervisedTeamIds());
        account.setEnabled(change.enabled());
    }

    private void validate(UserAccountChange change, Long id) {
        Set<Long> teams = change.supervisedTeamIds() == null ? Set.of() : change.supervisedTeamIds();
        new InputCheck()
                .code(change.username(), "username", USERNAME, 50)
                .text(change.displayName(), "displayName", 50)
                .require(change.roles() != null && !change.roles().isEmpty(), "roles", "user.roles.required")
                .require(teams.isEmpty() || change.roles() != null && change.roles().contains(Role.SUPERVISOR),
                        "supervisedTeamIds", "user.teams.only-supervisors")
                .require(units.findByIdIn(teams).stream().filter(u -> u.getKind() == OrgUnitKind.TEAM).count()
                        == teams.size(), "supervisedTeamIds", "user.teams.unknown")
                .require(change.staffId() == null || staff.existsById(change.staffId()), "staffId",
                        "user.staff.unknown", change.staffId())
                .require(change.staffId() == null || !accounts.existsByStaffIdAndIdNot(change.staffId(),
                        id == null ? -1L : id), "staffId", "user.staff.taken", change.staffId())
                .throwIfInvalid();
    }

    static void checkPassword(String password, String username) {
        PasswordPolicy.standard().problemWith(password, username).ifPresent(key -> {
            throw new InvalidInputException("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
    }

    private UserAccountDetails details(UserAccount a) {
        return new UserAccountDetails(a.getId(), a.getUsername(), a.getDisplayName(), a.getStaffId().orElse(null),
                a.isEnabled(), a.isLockedAt(clock.instant()), a.getRoles(), a.getSupervisedTeamIds(),
                a.getPreferredLanguage().orElse(null));
    }

    private static String pattern(String text) {
        return text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
