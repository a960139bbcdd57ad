package com.touchpoint.dashboard;

import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionState;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.Recommendation;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingRecommendations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The staff home's figures for the signed-in staff member: each card reads the feature that owns it through that
 * feature's public service, under its access rule, and most of those serve only "mine". So the home is built for
 * oneself only; asking for anyone else is refused, whatever roles the caller holds.
 * <p>
 * One read-only transaction: the signed-in account that every service's access check reads is then loaded once.
 */
@Service
public class StaffHomeFigures {

    private final CurrentUser user;
    private final IndicatorService indicators;
    private final TrainingRecommendations recommendations;
    private final TrainingAssignments assignments;
    private final CallbackQueries callbacks;
    private final RecognitionFeeds feeds;
    private final KudosGiving kudos;
    private final CoachingSessions sessions;
    private final CoachingActions actions;
    private final IncentiveStatements statements;
    private final OperatorTime time;

    StaffHomeFigures(CurrentUser user, IndicatorService indicators, TrainingRecommendations recommendations,
                     TrainingAssignments assignments, CallbackQueries callbacks, RecognitionFeeds feeds,
                     KudosGiving kudos, CoachingSessions sessions, CoachingActions actions,
                     IncentiveStatements statements, OperatorTime time) {
        this.user = user;
        this.indicators = indicators;
        this.recommendations = recommendations;
        this.assignments = assignments;
        this.callbacks = callbacks;
        this.feeds = feeds;
        this.kudos = kudos;
        this.sessions = sessions;
        this.actions = actions;
        this.statements = statements;
        this.time = time;
    }

    /** The home of the signed-in staff member, who must be {@code staffId}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public StaffOverview overview(long staffId) {
        if (user.staffId().filter(own -> own == staffId).isEmpty()) {
            throw new AccessDeniedException("The staff home shows only one's own figures");
        }
        LocalDate today = time.today();
        YearMonth month = YearMonth.from(today);
        StaffIndicators scores = indicators.forStaff(staffId, Period.of(month));
        List<Assignment> open = assignments.mine().stream().filter(a -> !a.status().done())
                .sorted(Comparator.comparing(Assignment::dueDate).thenComparing(Assignment::id)).toList();
        List<SessionSummary> mine = sessions.mine();
        return new StaffOverview(staffId, month, today, indicators.minSample(), scores,
                indicators.trend(staffId, month, StaffOverview.TREND_MONTHS), weakest(staffId, scores),
                open.stream().filter(a -> a.status() == AssignmentStatus.OVERDUE).toList(),
                open.stream().filter(a -> a.status() != AssignmentStatus.OVERDUE
                        && !a.dueDate().isAfter(today.plusDays(StaffOverview.DUE_SOON_DAYS))).toList(),
                callbacks.latestComments(staffId, StaffOverview.COMMENTS), feeds.received(staffId, month),
                kudos.myAllowance(),
                mine.stream().filter(s -> s.state() == SessionState.SCHEDULED && !s.scheduledAt().toLocalDate()
                        .isBefore(today)).min(Comparator.comparing(SessionSummary::scheduledAt)),
                mine.stream().filter(s -> s.state() == SessionState.HELD).toList(),
                actions.openOfMine(), statements.estimateFigures());
    }

    private Optional<StaffOverview.WeakestItem> weakest(long staffId, StaffIndicators scores) {
        if (scores.weakItems().isEmpty()) {
            return Optional.empty();
        }
        String code = scores.weakItems().get(0);
        Optional<ItemIndicator> figures = scores.items().stream().filter(i -> i.code().equals(code)).findFirst();
        Optional<ItemDefinition> definition = indicators.items().stream().filter(i -> i.code().equals(code)).findFirst();
        if (figures.isEmpty() || definition.isEmpty() || figures.get().mean() == null) {
            return Optional.empty();
        }
        List<Recommendation> forItem = recommendations.forStaff(staffId).stream()
                .filter(r -> r.shortfalls().stream().anyMatch(s -> s.itemCode().equals(code))).toList();
        return Optional.of(new StaffOverview.WeakestItem(definition.get(), figures.get(), forItem));
    }
}
