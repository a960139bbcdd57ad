package com.touchpoint.coaching;

import com.touchpoint.recognition.KudosView;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AttemptSummary;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingAttempts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evidence on a session's agenda, read as of the session date through the satisfaction, training and
 * recognition services (each applying its own access rule for the caller). Only the coach and the staff member
 * see it.
 */
@Service
public class CoachingEvidence {

    /** The window of callbacks before the session that the evidence describes. */
    static final int WINDOW_DAYS = 90;
    static final int TREND_MONTHS = 6;
    static final int CALLBACKS_PER_ITEM = 5;
    static final int COMPLAINT_DAYS = 30;

    private final CoachingSessions sessions;
    private final SessionGuard guard;
    private final IndicatorService indicators;
    private final CallbackQueries callbacks;
    private final TrainingAssignments assignments;
    private final TrainingAttempts attempts;
    private final RecognitionFeeds recognition;
    private final ObjectProvider<MoodSignals> mood;
    private final OperatorTime time;

    CoachingEvidence(CoachingSessions sessions, SessionGuard guard, IndicatorService indicators,
                     CallbackQueries callbacks, TrainingAssignments assignments, TrainingAttempts attempts,
                     RecognitionFeeds recognition, ObjectProvider<MoodSignals> mood, OperatorTime time) {
        this.sessions = sessions;
        this.guard = guard;
        this.indicators = indicators;
        this.callbacks = callbacks;
        this.assignments = assignments;
        this.attempts = attempts;
        this.recognition = recognition;
        this.mood = mood;
        this.time = time;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SessionEvidence forSession(long sessionId) {
        CoachingSession session = sessions.find(sessionId);
        guard.requireCoachOrOwner(session.getStaffId());
        return asOf(session.getStaffId(), sessions.localTime(session).toLocalDate());
    }

    /** The day before the session, or yesterday for a session still ahead: the last day with complete evidence. */
    SessionEvidence asOf(long staffId, LocalDate sessionDate) {
        LocalDate last = min(sessionDate, time.today()).minusDays(1);
        Period window = new Period(last.minusDays(WINDOW_DAYS - 1L), last);
        StaffIndicators figures = indicators.forStaff(staffId, window);
        return new SessionEvidence(staffId, last, window, figures.callbacks(), figures.index(), figures.adjustedIndex(),
                figures.target(), figures.insufficientSample(indicators.minSample()), indicators.minSample(),
                weakItems(staffId, figures, window), indicators.trend(staffId, YearMonth.from(last), TREND_MONTHS),
                training(staffId, window), recentAttempts(staffId, window), kudos(staffId, last),
                callbacks.complaintsBetween(staffId, last.minusDays(COMPLAINT_DAYS - 1L), last),
                sharedMood(signals -> signals.strainReasons(staffId)),
                sharedMood(signals -> signals.moodTrend(staffId, last)));
    }

    /** Mood data only through a {@link MoodSignals} implementation, and only what the staff member shares. */
    private <T> T sharedMood(java.util.function.Function<MoodSignals, java.util.Optional<T>> read) {
        MoodSignals signals = mood.getIfAvailable();
        return signals == null ? null : read.apply(signals).orElse(null);
    }

    private List<SessionEvidence.WeakItem> weakItems(long staffId, StaffIndicators figures, Period window) {
        Map<String, ItemDefinition> definitions = indicators.items().stream()
                .collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        Map<String, ItemIndicator> items = figures.items().stream()
                .collect(Collectors.toMap(ItemIndicator::code, Function.identity()));
        List<SessionEvidence.WeakItem> result = new ArrayList<>();
        for (String code : figures.weakItems()) {
            ItemDefinition definition = definitions.get(code);
            ItemIndicator item = items.get(code);
            if (definition != null && item != null) {
                result.add(new SessionEvidence.WeakItem(code, definition.nameZh(), definition.nameEn(), item.mean(),
                        item.answers(), item.target(), callbacks.lowAnswersBetween(staffId, code, window.from(),
                        window.to(), CALLBACKS_PER_ITEM)));
            }
        }
        return result;
    }

    /** Open and overdue assignments, and those assigned within the window. */
    private List<Assignment> training(long staffId, Period window) {
        return assignments.ofStaff(staffId).stream()
                .filter(a -> !a.status().done() || !a.assignedAt().atZone(time.zone()).toLocalDate().isBefore(window.from()))
                .toList();
    }

    private List<AttemptSummary> recentAttempts(long staffId, Period window) {
        return attempts.history(staffId).stream()
                .filter(a -> a.completed() && a.finishedAt() != null)
                .filter(a -> !a.finishedAt().atZone(time.zone()).toLocalDate().isBefore(window.from()))
                .sorted(Comparator.comparing(AttemptSummary::finishedAt).reversed())
                .limit(5).toList();
    }

    /** Kudos received in the session's month and the two before it, newest first. */
    private List<KudosView> kudos(long staffId, LocalDate last) {
        List<KudosView> result = new ArrayList<>();
        for (int back = 0; back < 3; back++) {
            result.addAll(recognition.received(staffId, YearMonth.from(last).minusMonths(back)));
        }
        result.sort(Comparator.comparing(KudosView::givenAt).reversed());
        return result;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
