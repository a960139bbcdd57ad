package com.touchpoint.emotion;

import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees what of mood data (EMOTION.md's table), on top of the {@link AccessPolicy}: a person's mood only to
 * themselves and, with their consent, to the supervisors of their team; team aggregates to those who see the team
 * and to API tokens with {@code climate:read}.
 */
@Component("emotionAccess")
class EmotionAccess {

    private final CurrentUser user;
    private final AccessPolicy access;
    private final ConsentStore consents;

    EmotionAccess(CurrentUser user, AccessPolicy access, ConsentStore consents) {
        this.user = user;
        this.access = access;
        this.consents = consents;
    }

    boolean isSelf(Long staffId) {
        return staffId != null && user.staffId().filter(staffId::equals).isPresent();
    }

    /** Themselves, or their team's supervisor while they share their check-ins; HR, quality and admin never. */
    @Transactional(readOnly = true)
    public boolean canSeeMoodOf(Long staffId) {
        return isSelf(staffId) || (staffId != null && access.canCoachStaff(staffId) && consents.shares(staffId));
    }

    @Transactional(readOnly = true)
    public boolean canReadClimate(Long teamId) {
        return teamId != null && (access.canSeeTeam(teamId)
                || user.hasAuthority(ApiScopes.authority(ApiScopes.CLIMATE_READ)));
    }

    /** The team contagion pairs moods with callback scores, so it needs the team's indicators too. */
    @Transactional(readOnly = true)
    public boolean canReadTeamContagion(Long teamId) {
        return teamId != null && access.canSeeTeam(teamId);
    }

    public boolean canCoachTeam(Long teamId) {
        return access.canCoachTeam(teamId);
    }
}
