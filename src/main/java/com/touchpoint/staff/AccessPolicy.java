package com.touchpoint.staff;

import com.touchpoint.shared.ApiScopes;
import com.touchpoint.shared.SystemActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * The one place that decides who may see or change whose data. Services call it through
 * {@code @PreAuthorize("@access....")} or directly when they filter lists.
 * <ul>
 *   <li>a staff member sees only their own records;</li>
 *   <li>a supervisor sees the staff of the teams they supervise;</li>
 *   <li>QUALITY, HR and ADMIN see everyone; ADMIN and HR (and API tokens with org:write) change the directory.</li>
 * </ul>
 */
@Component("access")
public class AccessPolicy {

    private final CurrentUser user;
    private final StaffRepository staff;

    public AccessPolicy(CurrentUser user, StaffRepository staff) {
        this.user = user;
        this.staff = staff;
    }

    public boolean seesEveryone() {
        return user.hasAnyRole(Role.QUALITY, Role.HR, Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public boolean canSeeStaff(Long staffId) {
        if (staffId == null) {
            return false;
        }
        if (seesEveryone() || user.staffId().filter(staffId::equals).isPresent()) {
            return true;
        }
        Set<Long> teams = user.supervisedTeamIds();
        return !teams.isEmpty() && staff.findById(staffId)
                .map(s -> teams.contains(s.getTeam().getId()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canSeeTeam(Long teamId) {
        return teamId != null && (seesEveryone() || user.supervisedTeamIds().contains(teamId));
    }

    /** Any org unit for QUALITY/HR/ADMIN; for a supervisor only the teams they supervise. */
    @Transactional(readOnly = true)
    public boolean canSeeUnit(Long unitId) {
        return unitId != null && (seesEveryone() || user.supervisedTeamIds().contains(unitId));
    }

    /** The caller's own team and the teams they supervise. */
    @Transactional(readOnly = true)
    public Set<Long> ownTeamIds() {
        Set<Long> teams = new java.util.HashSet<>(user.supervisedTeamIds());
        user.staffId().flatMap(staff::findById).ifPresent(s -> teams.add(s.getTeam().getId()));
        return teams;
    }

    public boolean canManageDirectory() {
        return user.hasAnyRole(Role.ADMIN, Role.HR) || user.hasAuthority(ApiScopes.authority(ApiScopes.ORG_WRITE));
    }

    /** QUALITY and ADMIN in the UI, the survey platform through a token with callbacks:write. */
    public boolean canRecordCallbacks() {
        return user.hasAnyRole(Role.QUALITY, Role.ADMIN)
                || user.hasAuthority(ApiScopes.authority(ApiScopes.CALLBACKS_WRITE));
    }

    /** Indicators of a staff member: whoever may see the person, and BI tools with indicators:read. */
    @Transactional(readOnly = true)
    public boolean canReadIndicatorsOf(Long staffId) {
        return user.hasAuthority(ApiScopes.authority(ApiScopes.INDICATORS_READ)) || canSeeStaff(staffId);
    }

    @Transactional(readOnly = true)
    public boolean canReadIndicatorsOfTeam(Long teamId) {
        return user.hasAuthority(ApiScopes.authority(ApiScopes.INDICATORS_READ)) || canSeeTeam(teamId);
    }

    /** Coaching actions (assigning training, coaching sessions) on a person: only the supervisors of their team. */
    @Transactional(readOnly = true)
    public boolean canCoachStaff(Long staffId) {
        Set<Long> teams = user.supervisedTeamIds();
        return staffId != null && !teams.isEmpty() && staff.findById(staffId)
                .map(s -> teams.contains(s.getTeam().getId()))
                .orElse(false);
    }

    public boolean canCoachTeam(Long teamId) {
        return teamId != null && user.supervisedTeamIds().contains(teamId);
    }

    /** Calculating a month's incentives for everyone: HR in the UI, automation through a token with incentives:run. */
    public boolean canRunIncentives() {
        return user.hasRole(Role.HR) || user.hasAuthority(ApiScopes.authority(ApiScopes.INCENTIVES_RUN));
    }

    /** The incentive sheet: HR in the UI, payroll through a token with incentives:export. */
    public boolean canExportIncentives() {
        return user.hasRole(Role.HR) || user.hasAuthority(ApiScopes.authority(ApiScopes.INCENTIVES_EXPORT));
    }

    /** Bulk reads of everyone's figures: those who see everyone, and an incentive run. */
    public boolean readsEveryonesFigures() {
        return seesEveryone() || canRunIncentives();
    }

    public boolean canManageAccounts() {
        return user.hasRole(Role.ADMIN);
    }

    /** Work the system does on its own behalf (see {@link SystemActor}), never a signed-in user or an API token. */
    public boolean actsAsSystem() {
        return SystemActor.acting() || user.hasAuthority(SystemActor.AUTHORITY);
    }

    /** Which staff a list may contain for the current user. */
    @Transactional(readOnly = true)
    public StaffScope staffScope() {
        if (seesEveryone()) {
            return StaffScope.allStaff();
        }
        return new StaffScope(false, user.supervisedTeamIds(), user.staffId().orElse(null));
    }
}
