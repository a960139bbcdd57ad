package com.touchpoint.staff;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByStaffId(Long staffId);

    @Query("select u.username from UserAccount u join u.supervisedTeamIds t where t = :teamId and u.enabled = true")
    List<String> supervisorUsernames(@Param("teamId") Long teamId);

    boolean existsByStaffIdAndIdNot(Long staffId, Long id);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);

    @Query("select u from UserAccount u where (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text)")
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);

    @Query("select count(u) from UserAccount u where (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text)")
    long countMatching(@Param("text") String text);
}
