package com.touchpoint.coaching;

import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Did the focus items of a session move? Item means come from {@link IndicatorService}, never recomputed here. */
@Service
public class CoachingOutcomes {

    private final CoachingSessions sessions;
    private final SessionGuard guard;
    private final IndicatorService indicators;
    private final OperatorTime time;

    CoachingOutcomes(CoachingSessions sessions, SessionGuard guard, IndicatorService indicators, OperatorTime time) {
        this.sessions = sessions;
        this.guard = guard;
        this.indicators = indicators;
        this.time = time;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FocusOutcome> forSession(long sessionId) {
        CoachingSession session = sessions.find(sessionId);
        guard.requireCoachOrOwner(session.getStaffId());
        return outcomesOf(session);
    }

    /** The outcomes of a session for a caller already allowed to read the staff member's indicators. */
    List<FocusOutcome> outcomesOf(CoachingSession session) {
        if (session.getFocusItems().isEmpty()) {
            return List.of();
        }
        LocalDate date = sessions.localTime(session).toLocalDate();
        StaffIndicators before = indicators.forStaff(session.getStaffId(), FocusOutcome.beforeWindow(date));
        StaffIndicators after = indicators.forStaff(session.getStaffId(), FocusOutcome.afterWindow(date));
        LocalDate today = time.today();
        return session.getFocusItems().stream()
                .map(code -> FocusOutcome.of(code, date, item(before, code), item(after, code), today,
                        indicators.minSample()))
                .toList();
    }

    private static ItemIndicator item(StaffIndicators figures, String code) {
        Optional<ItemIndicator> found = figures.items().stream().filter(i -> i.code().equals(code)).findFirst();
        return found.orElse(new ItemIndicator(code, 0, null, null, figures.target()));
    }
}
