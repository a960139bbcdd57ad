package com.touchpoint.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Optional;

/** A region, branch or team (班组) in the organisation tree. */
@Entity
@Table(name = "staff_org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, OrgUnitKind kind, OrgUnit parent) {
        this.code = code;
        update(name, kind, parent);
    }

    final void update(String name, OrgUnitKind kind, OrgUnit parent) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public Optional<OrgUnit> getParent() {
        return Optional.ofNullable(parent);
    }

    /** True when {@code candidate} is this unit or one of its ancestors. */
    boolean isSelfOrDescendantOf(OrgUnit candidate) {
        for (OrgUnit u = this; u != null; u = u.parent) {
            if (u.id != null && u.id.equals(candidate.id)) {
                return true;
            }
        }
        return false;
    }
}
