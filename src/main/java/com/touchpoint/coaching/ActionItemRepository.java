package com.touchpoint.coaching;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findBySessionIdOrderByDueDateAscIdAsc(long sessionId);

    List<ActionItem> findBySessionIdIn(Collection<Long> sessionIds);

    List<ActionItem> findByStaffIdAndDoneOnIsNullAndTrainingAssignmentIdIsNotNull(long staffId);

    List<ActionItem> findByStaffIdAndDoneOnIsNullOrderByDueDateAscIdAsc(long staffId);

    List<ActionItem> findByStaffIdInAndDoneOnIsNull(Collection<Long> staffIds);

    @Query("select a.id from ActionItem a where a.doneOn is null and a.dueRemindedAt is null"
            + " and a.dueDate >= :today and a.dueDate <= :until order by a.dueDate, a.id")
    List<Long> idsDueSoon(LocalDate today, LocalDate until);

    @Query("select a.id from ActionItem a where a.doneOn is null and a.overdueFlaggedAt is null"
            + " and a.dueDate < :today order by a.dueDate, a.id")
    List<Long> idsNewlyOverdue(LocalDate today);
}
