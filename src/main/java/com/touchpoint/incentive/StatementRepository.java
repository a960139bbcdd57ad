package com.touchpoint.incentive;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface StatementRepository extends JpaRepository<IncentiveStatement, Long> {

    @Query("select s from IncentiveStatement s where s.month = :month order by s.teamCode, s.employeeNo")
    List<IncentiveStatement> ofMonth(@Param("month") String month);

    @Query("select s from IncentiveStatement s where s.month = :month and s.staffId = :staff")
    Optional<IncentiveStatement> of(@Param("month") String month, @Param("staff") long staffId);

    @Modifying
    @Query("delete from IncentiveStatement s where s.month = :month")
    int deleteMonth(@Param("month") String month);
}
