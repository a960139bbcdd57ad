package com.touchpoint.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<NotificationMessage, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<NotificationMessage> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    Optional<NotificationMessage> findByIdAndRecipient(Long id, String recipient);

    @Modifying
    @Query("update NotificationMessage n set n.readAt = :when where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("when") Instant when);
}
