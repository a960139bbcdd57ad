package com.touchpoint.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface TrainingAssignmentRepository extends JpaRepository<TrainingAssignment, Long> {

    List<TrainingAssignment> findByStaffIdOrderByDueDateDesc(long staffId);

    @Query("select a from TrainingAssignment a where a.staffId in :staffIds order by a.dueDate desc, a.id desc")
    List<TrainingAssignment> findByStaffIds(@Param("staffIds") Collection<Long> staffIds);

    List<TrainingAssignment> findByDueDateBetween(LocalDate from, LocalDate to);

    List<TrainingAssignment> findByStaffIdAndModuleIdAndCompletedAtIsNull(long staffId, String moduleId);

    @Query("select a.id from TrainingAssignment a where a.completedAt is null and a.remindedAt is null "
            + "and a.dueDate between :from and :to order by a.id")
    List<Long> idsDueForReminder(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select a.id from TrainingAssignment a where a.completedAt is null and a.overdueFlaggedAt is null "
            + "and a.dueDate < :today order by a.id")
    List<Long> idsNewlyOverdue(@Param("today") LocalDate today);
}
