package com.touchpoint.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditLogRepository extends JpaRepository<AuditLogEntry, Long> {

    @Query("""
            select e from AuditLogEntry e
            where (:text = '' or lower(e.actor) like :text or lower(e.entityKey) like :text
                   or lower(e.entityType) like :text or lower(e.action) like :text)
            """)
    Page<AuditLogEntry> search(@Param("text") String text, Pageable pageable);

    @Query("""
            select count(e) from AuditLogEntry e
            where (:text = '' or lower(e.actor) like :text or lower(e.entityKey) like :text
                   or lower(e.entityType) like :text or lower(e.action) like :text)
            """)
    long countMatching(@Param("text") String text);

    java.util.List<AuditLogEntry> findByEntityTypeAndEntityKeyOrderByIdAsc(String entityType, String entityKey);
}
