package com.touchpoint.emotion;

import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Making and reading one's own check-ins: only for oneself, only for today in the operator's time zone, so a
 * check-in can be changed until its work date ends and is fixed after. Notes are returned only here, to their
 * author, and are never logged or audited.
 */
@Service
public class CheckIns {

    static final int MAX_NOTE = 500;

    private final CheckInRepository checkIns;
    private final CurrentUser user;
    private final OperatorTime time;
    private final Clock clock;

    CheckIns(CheckInRepository checkIns, CurrentUser user, OperatorTime time, Clock clock) {
        this.checkIns = checkIns;
        this.user = user;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public OwnCheckIn save(CheckInRequest request) {
        long me = me();
        if (request.staffId() != me) {
            throw new AccessDeniedException("a check-in is only for oneself");
        }
        check(request);
        CheckIn checkIn = checkIns.findByStaffIdAndWorkDateAndMoment(me, request.workDate(), request.moment())
                .orElseGet(() -> new CheckIn(me, request.workDate(), request.moment(), clock.instant()));
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        checkIn.update(request.mood(), request.stress(),
                request.tags() == null || request.tags().isEmpty() ? EnumSet.noneOf(MoodTag.class)
                        : EnumSet.copyOf(request.tags()), note, clock.instant());
        return own(checkIns.saveAndFlush(checkIn));
    }

    private void check(CheckInRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = time.today();
        if (!today.equals(request.workDate())) {
            problems.add(new FieldProblem("workDate", "emotion.check-in.only-today", String.valueOf(request.workDate()),
                    today));
        }
        if (request.moment() == null) {
            problems.add(new FieldProblem("moment", "validation.required", "moment"));
        }
        scale(problems, "mood", request.mood());
        scale(problems, "stress", request.stress());
        if (request.note() != null && request.note().strip().length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "emotion.check-in.note-too-long", MAX_NOTE,
                    request.note().strip().length()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void scale(List<FieldProblem> problems, String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            problems.add(new FieldProblem(field, "emotion.check-in.out-of-scale", field, String.valueOf(value)));
        }
    }

    /** My check-in for today at this moment, if made. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Optional<OwnCheckIn> today(Moment moment) {
        return checkIns.findByStaffIdAndWorkDateAndMoment(me(), time.today(), moment).map(CheckIns::own);
    }

    /** The first moment of today I have not checked in for yet; empty when both are done. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Optional<Moment> pending() {
        if (user.staffId().isEmpty()) {
            return Optional.empty();
        }
        for (Moment moment : Moment.values()) {
            if (today(moment).isEmpty()) {
                return Optional.of(moment);
            }
        }
        return Optional.empty();
    }

    /** My check-ins with my notes, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<OwnCheckIn> mine(Period period) {
        return checkIns.ofStaff(me(), period.from(), period.to()).stream().map(CheckIns::own).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public boolean hasStaffRecord() {
        return user.staffId().isPresent();
    }

    /** My staff id, for building a request. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public long myStaffId() {
        return me();
    }

    public LocalDate today() {
        return time.today();
    }

    private long me() {
        return user.staffId().orElseThrow(() -> new AccessDeniedException("no staff record"));
    }

    private static OwnCheckIn own(CheckIn checkIn) {
        return new OwnCheckIn(checkIn.point(), checkIn.getNote());
    }
}
