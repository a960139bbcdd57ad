package com.touchpoint.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface TrainingAttemptRepository extends JpaRepository<TrainingAttempt, Long> {

    List<TrainingAttempt> findByStaffIdOrderByStartedAtDesc(long staffId);

    @Query("select a from TrainingAttempt a where a.staffId in :staffIds and a.startedAt >= :since order by a.startedAt desc")
    List<TrainingAttempt> findByStaffSince(@Param("staffIds") Collection<Long> staffIds, @Param("since") Instant since);
}
