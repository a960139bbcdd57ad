package com.touchpoint.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AddendumRepository extends JpaRepository<SessionAddendum, Long> {

    List<SessionAddendum> findBySessionIdOrderByAddedAtAscIdAsc(long sessionId);
}
