package com.touchpoint.recognition;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import com.touchpoint.staff.StaffRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Giving and hiding kudos. The rules live here, not in the pages: no kudos to yourself, points within the
 * monthly allowance in steps, and a daily limit. Supervisors may hide a kudos with a reason; its points go
 * back to the giver. Both are published as events ({@link KudosGiven}, {@link KudosHidden}).
 */
@Service
public class KudosGiving {

    static final int MAX_MESSAGE = 500;

    private final KudosRepository kudos;
    private final AllowanceStore allowances;
    private final RecognitionValueRepository values;
    private final CurrentUser user;
    private final AccessPolicy access;
    private final StaffDirectory directory;
    private final KudosViews views;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final RecognitionProperties rules;
    private final OperatorTime operatorTime;
    private final Clock clock;

    KudosGiving(KudosRepository kudos, AllowanceStore allowances, RecognitionValueRepository values,
                CurrentUser user, AccessPolicy access, StaffDirectory directory, KudosViews views,
                ApplicationEventPublisher events, AuditLog audit, RecognitionProperties rules,
                OperatorTime operatorTime, Clock clock) {
        this.kudos = kudos;
        this.allowances = allowances;
        this.values = values;
        this.user = user;
        this.access = access;
        this.directory = directory;
        this.views = views;
        this.events = events;
        this.audit = audit;
        this.rules = rules;
        this.operatorTime = operatorTime;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public KudosView give(KudosRequest request) {
        long giverId = me();
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        StaffName receiver = checkRequest(giverId, request);
        AllowanceStore.Allowance allowance = allowances.lock(giverId, month, rules.monthlyAllowance());
        int givenToday = allowance.givenOn(today);
        if (givenToday >= rules.kudosPerDay()) {
            throw new InvalidInputException("receiver", "recognition.kudos.daily-limit", rules.kudosPerDay());
        }
        if (request.points() > allowance.remaining()) {
            throw new InvalidInputException("points", "recognition.kudos.over-allowance", request.points(),
                    allowance.remaining());
        }
        Kudos saved = kudos.save(new Kudos(giverId, receiver.id(), request.valueCode(), request.message().strip(),
                request.points(), today, clock.instant()));
        allowances.spend(giverId, month, request.points(), today, givenToday + 1);
        StaffName giver = directory.names(List.of(giverId)).get(giverId);
        events.publishEvent(new KudosGiven(saved.getId(), giverId, giver.name(), receiver.id(), saved.getValueCode(),
                saved.getPoints(), today));
        return views.view(saved, Map.of(giverId, giver, receiver.id(), receiver), Map.of());
    }

    private StaffName checkRequest(long giverId, KudosRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        StaffName receiver = null;
        if (request.receiverId() == null) {
            problems.add(new FieldProblem("receiver", "validation.required", "receiver"));
        } else if (request.receiverId() == giverId) {
            problems.add(new FieldProblem("receiver", "recognition.kudos.self"));
        } else {
            receiver = java.util.Optional.ofNullable(directory.names(List.of(request.receiverId())).get(request.receiverId()))
                    .filter(StaffName::active).orElse(null);
            if (receiver == null) {
                problems.add(new FieldProblem("receiver", "recognition.kudos.unknown-receiver", request.receiverId()));
            }
        }
        if (request.valueCode() == null || values.findById(request.valueCode()).filter(v -> v.tag().active()).isEmpty()) {
            problems.add(new FieldProblem("value", "recognition.kudos.unknown-value", String.valueOf(request.valueCode())));
        }
        if (request.message() == null || request.message().isBlank()) {
            problems.add(new FieldProblem("message", "validation.required", "message"));
        } else if (request.message().strip().length() > MAX_MESSAGE) {
            problems.add(new FieldProblem("message", "recognition.kudos.message-too-long", MAX_MESSAGE,
                    request.message().strip().length()));
        }
        Integer points = request.points();
        if (points == null || points < rules.minPoints() || points > rules.maxPoints() || points % rules.pointStep() != 0) {
            problems.add(new FieldProblem("points", "recognition.kudos.bad-points", rules.minPoints(), rules.maxPoints(),
                    rules.pointStep(), String.valueOf(points)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return receiver;
    }

    /** Hides an inappropriate kudos; only a supervisor of the giver's or the receiver's team may. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public KudosView hide(long kudosId, String reason) {
        Kudos entry = kudos.findById(kudosId)
                .filter(k -> access.canCoachStaff(k.getGiverId()) || access.canCoachStaff(k.getReceiverId()))
                .orElseThrow(() -> new NotFoundException("recognition.kudos.not-found", kudosId));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "recognition.kudos.hide-reason.required");
        }
        if (reason.strip().length() > MAX_MESSAGE) {
            throw new InvalidInputException("reason", "recognition.kudos.hide-reason", MAX_MESSAGE);
        }
        if (entry.isHidden()) {
            throw new InvalidInputException("reason", "recognition.kudos.already-hidden", kudosId);
        }
        YearMonth month = YearMonth.parse(entry.getMonth());
        allowances.lock(entry.getGiverId(), month, rules.monthlyAllowance());
        entry.hide(user.username().orElseThrow(), reason.strip(), clock.instant());
        allowances.refund(entry.getGiverId(), month, entry.getPoints());
        audit.record("recognition.kudos.hide", "Kudos", String.valueOf(kudosId), Map.of("hidden", false),
                Map.of("hidden", true, "reason", reason.strip(), "pointsReturned", entry.getPoints()));
        events.publishEvent(new KudosHidden(kudosId, entry.getGiverId(), entry.getReceiverId(), entry.getPoints(),
                reason.strip(), user.username().orElseThrow()));
        return views.view(entry, views.refs(List.of(entry.getGiverId(), entry.getReceiverId())), Map.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public AllowanceStatus myAllowance() {
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        AllowanceStore.Allowance allowance = allowances.peek(me(), month, rules.monthlyAllowance());
        return new AllowanceStatus(month.toString(), allowance.granted(), allowance.spent(), allowance.remaining(),
                allowance.givenOn(today), rules.kudosPerDay());
    }

    /** Colleagues the signed-in staff member may give kudos to: the active staff of their branch. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<StaffRef> colleagues() {
        long me = me();
        StaffRef self = directory.ref(me).orElseThrow();
        return directory.colleagues(views.branchOf(self.teamCode())).stream()
                .filter(StaffRef::active).filter(s -> s.id() != me).toList();
    }

    private long me() {
        return user.staffId().orElseThrow(() -> new NotFoundException("recognition.no-staff-record"));
    }

    LocalDate today() {
        return operatorTime.today();
    }

    Instant now() {
        return clock.instant();
    }
}
