package com.touchpoint.incentive;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface SchemeRepository extends JpaRepository<IncentiveScheme, Long> {

    @Query("select s from IncentiveScheme s order by s.postCode, s.effectiveFrom desc")
    List<IncentiveScheme> findAllOrdered();

    @Query("select s from IncentiveScheme s where s.postCode = :post and s.effectiveFrom = :month")
    Optional<IncentiveScheme> findVersion(@Param("post") String postCode, @Param("month") String month);

    @Query("select distinct st.schemeId from IncentiveStatement st")
    List<Long> usedIds();

    @Query("select count(st) > 0 from IncentiveStatement st where st.schemeId = :id")
    boolean isUsed(@Param("id") long schemeId);
}
