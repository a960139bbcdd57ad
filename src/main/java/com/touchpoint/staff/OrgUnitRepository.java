package com.touchpoint.staff;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    @Query("select u from OrgUnit u left join fetch u.parent where u.kind = :kind order by u.code")
    List<OrgUnit> findByKindOrderByCode(@org.springframework.data.repository.query.Param("kind") OrgUnitKind kind);

    List<OrgUnit> findByIdIn(Collection<Long> ids);

    @Query("select u from OrgUnit u left join fetch u.parent order by u.code")
    List<OrgUnit> findAllWithParent();

    boolean existsByParent(OrgUnit parent);
}
