package com.touchpoint.staff;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.InputCheck;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Org units (region > branch > team) and posts. The structure itself is visible to every signed-in user. */
@Service
public class OrgStructure {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private final OrgUnitRepository units;
    private final PostRepository posts;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final AccessPolicy access;

    OrgStructure(OrgUnitRepository units, PostRepository posts, StaffRepository staff, AuditLog audit,
                 AccessPolicy access) {
        this.units = units;
        this.posts = posts;
        this.staff = staff;
        this.audit = audit;
        this.access = access;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitDetails> allUnits() {
        return units.findAllWithParent().stream().map(OrgUnitDetails::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitDetails> teams() {
        return units.findByKindOrderByCode(OrgUnitKind.TEAM).stream().map(OrgUnitDetails::of).toList();
    }

    /** The teams whose people the caller may see: every team for QUALITY/HR/ADMIN, a supervisor's own teams, else none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitDetails> teamsVisibleToCurrentUser() {
        StaffScope scope = access.staffScope();
        return teams().stream().filter(t -> scope.seesUnit(t.id())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OrgUnitDetails> unit(String code) {
        return units.findByCode(code).map(OrgUnitDetails::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PostDetails> posts() {
        return posts.findAllByOrderBySortOrder().stream().map(PostDetails::of).toList();
    }

    /** Changes a post's satisfaction index target (0–100); the quality team owns targets. */
    @Transactional
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public PostDetails setIndexTarget(String postCode, java.math.BigDecimal target) {
        Post post = posts.findById(postCode).orElseThrow(() -> new NotFoundException("post.not-found", postCode));
        if (target == null || target.signum() < 0 || target.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("indexTarget", "target.out-of-range", target);
        }
        PostDetails before = PostDetails.of(post);
        post.setIndexTarget(target.setScale(2, java.math.RoundingMode.HALF_UP));
        PostDetails after = PostDetails.of(posts.saveAndFlush(post));
        audit.record("UPDATE", "PostTarget", postCode, before, after);
        return after;
    }

    /** Creates the unit or updates the one with this code. */
    @Transactional
    @PreAuthorize("@access.canManageDirectory()")
    public OrgUnitDetails save(OrgUnitChange change) {
        var check = new InputCheck()
                .code(change.code(), "code", CODE, 40)
                .text(change.name(), "name", 100)
                .notNull(change.kind(), "kind");
        check.throwIfInvalid();
        Optional<OrgUnit> existing = units.findByCode(change.code().strip());
        OrgUnit parent = resolveParent(change);
        existing.ifPresent(unit -> checkRestructure(unit, change, parent));
        OrgUnitDetails before = existing.map(OrgUnitDetails::of).orElse(null);
        OrgUnit unit = existing.orElseGet(() -> new OrgUnit(change.code().strip(), change.name().strip(),
                change.kind(), parent));
        unit.update(change.name().strip(), change.kind(), parent);
        OrgUnitDetails after = OrgUnitDetails.of(units.saveAndFlush(unit));
        audit.record(before == null ? "CREATE" : "UPDATE", "OrgUnit", after.code(), before, after);
        return after;
    }

    private OrgUnit resolveParent(OrgUnitChange change) {
        OrgUnitKind required = change.kind().parentKind();
        String parentCode = change.parentCode() == null || change.parentCode().isBlank() ? null : change.parentCode().strip();
        if (required == null) {
            if (parentCode != null) {
                throw new InvalidInputException("parentCode", "org.parent.region-has-none");
            }
            return null;
        }
        if (parentCode == null) {
            throw new InvalidInputException("parentCode", "org.parent.required", change.kind(), required);
        }
        OrgUnit parent = units.findByCode(parentCode)
                .orElseThrow(() -> new InvalidInputException("parentCode", "org.parent.unknown", parentCode));
        if (parent.getKind() != required) {
            throw new InvalidInputException("parentCode", "org.parent.wrong-kind", parentCode, parent.getKind(),
                    change.kind(), required);
        }
        return parent;
    }

    private void checkRestructure(OrgUnit unit, OrgUnitChange change, OrgUnit parent) {
        if (unit.getKind() != change.kind() && (units.existsByParent(unit) || staff.existsByTeam(unit))) {
            throw new InvalidInputException("kind", "org.kind.in-use", unit.getCode(), unit.getKind());
        }
        if (parent != null && parent.isSelfOrDescendantOf(unit)) {
            throw new InvalidInputException("parentCode", "org.parent.cycle", parent.getCode());
        }
    }

    /** The teams in a unit's subtree (the unit itself when it is a team). */
    /** The branch a team belongs to, or the team itself when it hangs directly under a region. */
    long branchOf(long teamId) {
        return units.findById(teamId).map(team -> team.getParent().filter(p -> p.getKind() == OrgUnitKind.BRANCH)
                .map(OrgUnit::getId).orElse(team.getId())).orElse(teamId);
    }

    List<Long> teamIdsUnder(long unitId) {
        List<OrgUnit> all = units.findAllWithParent();
        List<Long> teams = new java.util.ArrayList<>();
        for (OrgUnit unit : all) {
            if (unit.getKind() == OrgUnitKind.TEAM && isUnder(unit, unitId)) {
                teams.add(unit.getId());
            }
        }
        return teams;
    }

    private static boolean isUnder(OrgUnit unit, long ancestorId) {
        for (OrgUnit u = unit; u != null; u = u.getParent().orElse(null)) {
            if (u.getId() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    OrgUnit requireTeam(String teamCode) {
        OrgUnit team = units.findByCode(teamCode)
                .orElseThrow(() -> new InvalidInputException("teamCode", "staff.team.unknown", teamCode));
        if (team.getKind() != OrgUnitKind.TEAM) {
            throw new InvalidInputException("teamCode", "staff.team.not-a-team", teamCode, team.getKind());
        }
        return team;
    }

    OrgUnit requireUnit(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("org.unit.not-found", code));
    }
}
