package com.touchpoint.incentive;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

interface MonthRepository extends JpaRepository<IncentiveMonth, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from IncentiveMonth m where m.month = :month")
    Optional<IncentiveMonth> lockMonth(@Param("month") String month);

    @Query("select m from IncentiveMonth m order by m.month desc")
    List<IncentiveMonth> newestFirst();
}
