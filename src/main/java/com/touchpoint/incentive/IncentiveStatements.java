package com.touchpoint.incentive;

import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.CallbackFilter;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.TrainingAssignments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Reading statements: HR reads every month, staff their own statement once the month is locked (with its
 * evidence), and a clearly marked live estimate of the current month. The evidence is read from the owning
 * features under the reader's own access rules.
 */
@Service
public class IncentiveStatements {

    static final int MAX_CALLBACKS = 1000;

    private final StatementRepository statements;
    private final MonthRepository months;
    private final IncentiveSchemes schemes;
    private final CurrentUser user;
    private final CallbackQueries callbacks;
    private final RecognitionFeeds recognition;
    private final TrainingAssignments training;
    private final IndicatorService indicators;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final OperatorTime time;

    IncentiveStatements(StatementRepository statements, MonthRepository months, IncentiveSchemes schemes,
                        CurrentUser user, CallbackQueries callbacks, RecognitionFeeds recognition,
                        TrainingAssignments training, IndicatorService indicators, StaffDirectory directory,
                        OrgStructure org, OperatorTime time) {
        this.statements = statements;
        this.months = months;
        this.schemes = schemes;
        this.user = user;
        this.callbacks = callbacks;
        this.recognition = recognition;
        this.training = training;
        this.indicators = indicators;
        this.directory = directory;
        this.org = org;
        this.time = time;
    }

    /** Every calculated month, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public List<MonthState> months() {
        return months.newestFirst().stream().map(IncentiveMonth::view).filter(m -> m.calculatedAt() != null).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'ADMIN') or @access.canExportIncentives()")
    public Optional<MonthState> month(YearMonth month) {
        return months.findById(month.toString()).map(IncentiveMonth::view).filter(m -> m.calculatedAt() != null);
    }

    /** A month's statements ordered by team code then employee number. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('HR') or @access.canExportIncentives()")
    public List<Statement> ofMonth(YearMonth month) {
        return statements.ofMonth(month.toString()).stream().map(IncentiveStatement::view).toList();
    }

    /** The signed-in staff member's statements of locked months, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<Statement> mine() {
        long me = user.staffId().orElseThrow(() -> new AccessDeniedException("No staff record"));
        return months.newestFirst().stream().filter(m -> m.getStatus() == MonthStatus.LOCKED)
                .flatMap(m -> statements.of(m.getMonth().toString(), me).stream())
                .map(IncentiveStatement::view).toList();
    }

    /** A statement with its evidence: for HR, and for its staff member once the month is locked. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public StatementEvidence evidence(long statementId) {
        Statement s = statements.findById(statementId).map(IncentiveStatement::view)
                .orElseThrow(() -> new NotFoundException("incentive.statement.not-found", statementId));
        if (!user.hasRole(Role.HR) && !ownLocked(s)) {
            throw new AccessDeniedException("statement " + statementId);
        }
        SchemeVersion scheme = schemes.byId(s.schemeId()).orElseThrow().view(true);
        return evidenceOf(s, scheme, false);
    }

    private boolean ownLocked(Statement s) {
        return user.hasRole(Role.STAFF) && user.staffId().filter(id -> id == s.staffId()).isPresent()
                && months.findById(s.month().toString()).map(m -> m.getStatus() == MonthStatus.LOCKED).orElse(false);
    }

    /**
     * The signed-in staff member's live estimate for the current month, computed as a run would from what is known
     * today; never stored and not a statement.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public StatementEvidence estimate() {
        long me = user.staffId().orElseThrow(() -> new AccessDeniedException("No staff record"));
        YearMonth month = time.currentMonth();
        StaffRef ref = directory.ref(me).orElseThrow(() -> new NotFoundException("staff.not-found", me));
        IncentiveScheme scheme = Optional.ofNullable(schemes.inEffect(month).get(ref.postCode()))
                .orElseThrow(() -> new NotFoundException("incentive.run.no-scheme", ref.postCode(), month));
        return evidenceOf(live(ref, month, scheme), scheme.view(false), true);
    }

    /**
     * The figures of {@link #estimate()} without the evidence behind them, for a summary such as the staff home;
     * empty when no scheme is in force for the post this month.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Optional<Statement> estimateFigures() {
        long me = user.staffId().orElseThrow(() -> new AccessDeniedException("No staff record"));
        YearMonth month = time.currentMonth();
        StaffRef ref = directory.ref(me).orElseThrow(() -> new NotFoundException("staff.not-found", me));
        return Optional.ofNullable(schemes.inEffect(month).get(ref.postCode())).map(scheme -> live(ref, month, scheme));
    }

    private Statement live(StaffRef ref, YearMonth month, IncentiveScheme scheme) {
        long me = ref.id();
        StaffIndicators figures = indicators.forStaff(me, Period.of(month));
        List<CallbackSummary> theirs = callbacks.forStaff(me, new CallbackFilter(month, null, null), 0, MAX_CALLBACKS);
        List<Assignment> due = dueIn(me, month);
        IncentiveInputs inputs = new IncentiveInputs(figures.callbacks(), IncentiveSources.round(figures.index()),
                IncentiveSources.round(figures.adjustedIndex()),
                BigDecimal.valueOf(figures.target()).setScale(2, RoundingMode.HALF_UP), due.size(),
                (int) due.stream().filter(a -> a.status() == AssignmentStatus.DONE).count(),
                recognition.countedPoints(me, month), (int) theirs.stream().filter(CallbackSummary::complaint).count());
        IncentiveFigures f = IncentiveCalculator.calculate(scheme.parameters(), inputs);
        String teamName = org.teams().stream().filter(t -> t.id() == ref.teamId()).map(OrgUnitDetails::name)
                .findFirst().orElse(ref.teamCode());
        return new Statement(0, month, me, ref.employeeNo(), ref.name(), ref.postCode(), ref.teamCode(),
                teamName, scheme.getId(), (int) inputs.callbacks(), inputs.index(), inputs.adjustedIndex(),
                inputs.target(), f.insufficientSample(), f.satisfactionCoefficient(), inputs.assignmentsDue(),
                inputs.assignmentsOnTime(), f.trainingCoefficient(), inputs.kudosPoints(), f.recognitionBonus(),
                inputs.complaints(), f.complaintDeduction(), f.base(), f.calculated(),
                IncentiveCalculator.money(BigDecimal.ZERO), null, f.calculated());
    }

    private StatementEvidence evidenceOf(Statement s, SchemeVersion scheme, boolean estimate) {
        List<CallbackSummary> theirs = callbacks.forStaff(s.staffId(), new CallbackFilter(s.month(), null, null), 0,
                MAX_CALLBACKS);
        return new StatementEvidence(s, scheme, theirs, recognition.giverTotals(s.staffId(), s.month()),
                recognition.received(s.staffId(), s.month()).stream().filter(k -> !k.hidden()).toList(),
                dueIn(s.staffId(), s.month()), theirs.stream().filter(CallbackSummary::complaint).toList(), estimate);
    }

    private List<Assignment> dueIn(long staffId, YearMonth month) {
        return training.ofStaff(staffId).stream().filter(a -> YearMonth.from(a.dueDate()).equals(month)).toList();
    }
}
