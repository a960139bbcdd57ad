package com.touchpoint.coaching;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface CoachingSessionRepository extends JpaRepository<CoachingSession, Long> {

    List<CoachingSession> findByStaffIdOrderByScheduledAtDesc(long staffId);

    List<CoachingSession> findByStaffIdInOrderByScheduledAtDesc(Collection<Long> staffIds);

    @Query("select s.id from CoachingSession s where s.state = com.touchpoint.coaching.SessionState.SCHEDULED"
            + " and s.remindedAt is null and s.scheduledAt >= :from and s.scheduledAt < :to order by s.scheduledAt, s.id")
    List<Long> idsDueForReminder(Instant from, Instant to);
}
