package com.touchpoint.staff;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByKindOrderByCode(OrgUnitKind kind);

    List<OrgUnit> findByIdIn(Collection<Long> ids);

    @Query("select u from OrgUnit u left join fetch u.parent order by u.code")
    List<OrgUnit> findAllWithParent();

    boolean existsByParent(OrgUnit parent);
}
