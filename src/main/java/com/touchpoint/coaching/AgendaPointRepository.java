package com.touchpoint.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AgendaPointRepository extends JpaRepository<AgendaPoint, Long> {

    List<AgendaPoint> findBySessionIdOrderByAddedAtAscIdAsc(long sessionId);
}
