package com.touchpoint.coaching;

import com.touchpoint.emotion.MoodConsent;
import com.touchpoint.emotion.MoodOverview;
import com.touchpoint.emotion.PersonalMood;
import com.touchpoint.emotion.SharingMember;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MoodSignals} on top of the emotion feature's services. Mood reaches a session only when the staff member
 * shares their check-ins with their supervisor: then their coach sees it, and so do they, so both look at the same
 * evidence. Without that consent nothing comes back, not even whether there is a signal; HR, QUALITY and ADMIN, who
 * coach no one, never get anything. Check-ins reach coaching without notes ({@code MoodPoint} has none).
 */
@Component
class SharedMoodSignals implements MoodSignals {

    private final PersonalMood mood;
    private final MoodConsent consent;
    private final SessionGuard guard;
    private final StaffDirectory directory;

    SharedMoodSignals(PersonalMood mood, MoodConsent consent, SessionGuard guard, StaffDirectory directory) {
        this.mood = mood;
        this.consent = consent;
        this.guard = guard;
        this.directory = directory;
    }

    @Override
    public Optional<List<String>> strainReasons(long staffId) {
        return shared(staffId).map(o -> o.signals().stream().map(s -> s.kind().name()).toList());
    }

    /** One look-up of who shares for the whole team, then only the sharing members' own figures. */
    @Override
    public Map<Long, List<String>> strainReasonsOfTeam(long teamId) {
        Map<Long, List<String>> reasons = new LinkedHashMap<>();
        Optional<Long> self = guard.ownStaffId();
        for (SharingMember member : mood.sharingMembers(teamId)) {
            if (self.filter(id -> id == member.staffId()).isEmpty()) {
                reasons.put(member.staffId(), mood.overview(member.staffId()).signals().stream()
                        .map(s -> s.kind().name()).toList());
            }
        }
        return reasons;
    }

    /** Whole weeks up to {@code asOf}: a week that runs past it would show check-ins made after the session. */
    @Override
    public Optional<List<WeeklyMood>> moodTrend(long staffId, LocalDate asOf) {
        return shared(staffId).map(o -> o.weeklyTrend().stream()
                .filter(w -> !w.window().to().isAfter(asOf))
                .map(w -> new WeeklyMood(w.window().from(), w.checkIns(), w.meanMood(), w.meanStress()))
                .toList());
    }

    private Optional<MoodOverview> shared(long staffId) {
        return sharesWithCaller(staffId) ? Optional.of(mood.overview(staffId)) : Optional.empty();
    }

    private boolean sharesWithCaller(long staffId) {
        if (guard.coaches(staffId)) {
            long teamId = directory.ref(staffId).map(StaffRef::teamId).orElseThrow();
            return mood.sharingMembers(teamId).stream().map(SharingMember::staffId).anyMatch(id -> id == staffId);
        }
        return guard.isSelf(staffId) && consent.mine();
    }
}
