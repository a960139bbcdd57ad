package com.touchpoint.staff;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.InputCheck;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The staff directory: who works where, on which post. Every read is limited by the {@link AccessPolicy}. */
@Service
public class StaffDirectory {

    static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");

    private final StaffRepository staff;
    private final PostRepository posts;
    private final OrgStructure org;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OperatorTime operatorTime;
    private final org.springframework.context.ApplicationEventPublisher events;

    StaffDirectory(StaffRepository staff, PostRepository posts, OrgStructure org, AccessPolicy access,
                   AuditLog audit, OperatorTime operatorTime, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.staff = staff;
        this.posts = posts;
        this.org = org;
        this.access = access;
        this.audit = audit;
        this.operatorTime = operatorTime;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<StaffDetails> search(StaffFilter filter, Pageable page) {
        StaffScope scope = access.staffScope();
        String text = filter.text() == null || filter.text().isBlank()
                ? "" : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
        return staff.search(scope.everyone(), scope.teamIdsForQuery(), scope.ownStaffIdForQuery(), filter.teamId(),
                filter.postCode(), filter.active(), text, page).map(StaffDetails::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(StaffFilter filter) {
        return search(filter, PageRequest.of(0, 1)).getTotalElements();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public Optional<StaffDetails> find(long staffId) {
        return staff.findById(staffId).map(StaffDetails::of);
    }

    /** Looks a staff member up by employee number, refusing anyone the caller may not see. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public StaffDetails byEmployeeNo(String employeeNo) {
        Staff found = staff.findByEmployeeNo(employeeNo)
                .orElseThrow(() -> new NotFoundException("staff.not-found", employeeNo));
        if (!access.canSeeStaff(found.getId())) {
            throw new org.springframework.security.access.AccessDeniedException("staff " + employeeNo);
        }
        return StaffDetails.of(found);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeTeam(#teamId)")
    public List<StaffDetails> teamMembers(long teamId) {
        return staff.search(true, List.of(-1L), -1L, teamId, null, null, "",
                PageRequest.of(0, 10_000, Sort.by("name"))).map(StaffDetails::of).getContent();
    }

    /** Staff by employee number for recording callbacks; numbers that match nobody are absent. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRecordCallbacks()")
    public Map<String, StaffRef> refsByEmployeeNo(Collection<String> employeeNos) {
        Map<String, StaffRef> refs = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(new HashSet<>(employeeNos)), 1000)) {
            staff.refsByEmployeeNoIn(chunk).forEach(ref -> refs.put(ref.employeeNo(), ref));
        }
        return refs;
    }

    /** The staff member with this employee number, for callers allowed to read their indicators; refused otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    @org.springframework.security.access.prepost.PostAuthorize(
            "returnObject.isEmpty() or @access.canReadIndicatorsOf(returnObject.get().id())")
    public Optional<StaffRef> refByEmployeeNo(String employeeNo) {
        return staff.findByEmployeeNo(employeeNo).map(StaffRef::of);
    }

    /**
     * The staff member for whoever may see them (or read their indicators through the API); anyone else is
     * refused, so names and employee numbers never reach someone outside the {@link AccessPolicy}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOf(#staffId)")
    public Optional<StaffRef> ref(long staffId) {
        return staff.findById(staffId).map(StaffRef::of);
    }

    /** The ids of everyone on a post, active or not; used to pool the post's level, so no personal data. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> idsWithPost(String postCode) {
        return staff.idsWithPost(postCode);
    }

    /** The ids of the active staff of a post. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> activeIdsWithPost(String postCode) {
        return staff.activeIdsWithPost(postCode);
    }

    /** The ids of a team's active members, for aggregates such as team climate; no personal data. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> activeIdsInTeam(long teamId) {
        return staff.findByTeamIdOrderByEmployeeNo(teamId).stream().filter(Staff::isActive).map(Staff::getId).toList();
    }

    /** Everyone on a post with names and numbers, active or not: only for those who see everyone and incentive runs. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsEveryonesFigures()")
    public List<StaffRef> withPost(String postCode) {
        return staff.refsWithPost(postCode);
    }

    /** Members of a team for whoever may read the team's indicators. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOfTeam(#teamId)")
    public List<StaffRef> teamRefs(long teamId) {
        return staff.findByTeamIdOrderByEmployeeNo(teamId).stream().map(StaffRef::of).toList();
    }

    /**
     * How recognition names people on boards, feeds and badges, which are public inside the company: name,
     * post and team, never an employee number or a figure. Unknown ids are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, StaffName> names(Collection<Long> staffIds) {
        Map<Long, StaffName> names = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(new HashSet<>(staffIds)), 1000)) {
            staff.findWithTeamByIdIn(chunk).forEach(s -> names.put(s.getId(), StaffName.of(s)));
        }
        return names;
    }

    /**
     * Who works under a unit (a team or a branch), for choosing a colleague and naming people in recognition
     * feeds: only units of the caller's own branch (or of a unit the caller may see). The employee number is
     * left empty for anyone the caller may not see.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StaffRef> colleagues(long unitId) {
        List<Long> teams = org.teamIdsUnder(unitId);
        if (!access.canSeeUnit(unitId) && !ownBranchTeams().containsAll(teams)) {
            throw new org.springframework.security.access.AccessDeniedException("unit " + unitId);
        }
        List<StaffRef> refs = new java.util.ArrayList<>();
        for (Long team : teams) {
            staff.findByTeamIdOrderByEmployeeNo(team).stream().map(StaffRef::of)
                    .map(ref -> access.canSeeStaff(ref.id()) ? ref : ref.withoutEmployeeNo()).forEach(refs::add);
        }
        return refs;
    }

    private Set<Long> ownBranchTeams() {
        Set<Long> teams = new HashSet<>(access.ownTeamIds());
        Set<Long> result = new HashSet<>();
        teams.stream().map(org::branchOf).distinct().forEach(branch -> result.addAll(org.teamIdsUnder(branch)));
        return result;
    }

    /** Everyone in an org unit and the units below it (a team, a branch or a region). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeUnit(#unitId)")
    public List<StaffRef> refsUnder(long unitId) {
        List<StaffRef> refs = new java.util.ArrayList<>();
        for (Long team : org.teamIdsUnder(unitId)) {
            staff.findByTeamIdOrderByEmployeeNo(team).stream().map(StaffRef::of).forEach(refs::add);
        }
        return refs;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> result = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            result.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return result;
    }

    /** Creates the staff member or updates the one with this employee number. */
    @Transactional
    @PreAuthorize("@access.canManageDirectory()")
    public StaffDetails save(StaffChange change) {
        validate(change);
        Post post = posts.getReferenceById(change.postCode().strip());
        OrgUnit team = org.requireTeam(change.teamCode().strip());
        Optional<Staff> existing = staff.findByEmployeeNo(change.employeeNo().strip());
        StaffDetails before = existing.map(StaffDetails::of).orElse(null);
        Staff member = existing.orElseGet(() -> new Staff(change.employeeNo().strip()));
        member.update(change.name().strip(), post, team, change.hireDate(), change.active());
        StaffDetails after = StaffDetails.of(staff.saveAndFlush(member));
        if (!after.equals(before)) {
            audit.record(before == null ? "CREATE" : "UPDATE", "Staff", after.employeeNo(), before, after);
            events.publishEvent(new StaffDetailsChanged(after.id()));
        }
        if (before == null || !before.postCode().equals(after.postCode())) {
            events.publishEvent(new StaffPostChanged(after.id(), before == null ? null : before.postCode(),
                    after.postCode()));
        }
        return after;
    }

    /** Stores many changes in one transaction: all of them or, if one fails, none. */
    @Transactional
    @PreAuthorize("@access.canManageDirectory()")
    public List<StaffDetails> saveAll(List<StaffChange> changes) {
        return changes.stream().map(this::save).toList();
    }

    private void validate(StaffChange change) {
        check(change).throwIfInvalid();
        posts.findById(change.postCode().strip())
                .orElseThrow(() -> new InvalidInputException("post", "staff.post.unknown", change.postCode()));
    }

    /** Every rule a change breaks, without storing anything; the import shows these per row. */
    InputCheck check(StaffChange change) {
        return new InputCheck()
                .code(change.employeeNo(), "employeeNo", EMPLOYEE_NO, 20)
                .text(change.name(), "name", 50)
                .text(change.postCode(), "post", 30)
                .text(change.teamCode(), "teamCode", 40)
                .notNull(change.hireDate(), "hireDate")
                .require(change.hireDate() == null || !change.hireDate().isAfter(operatorTime.today().plusYears(1)),
                        "hireDate", "staff.hire-date.too-late", change.hireDate())
                .require(change.hireDate() == null || change.hireDate().getYear() >= 1950,
                        "hireDate", "staff.hire-date.too-early", change.hireDate())
                .notNull(change.active(), "active");
    }
}
