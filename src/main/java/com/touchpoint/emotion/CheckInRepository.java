package com.touchpoint.emotion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByStaffIdAndWorkDateAndMoment(long staffId, LocalDate workDate, Moment moment);

    @Query("select c from CheckIn c where c.staffId = :staff and c.workDate between :from and :to "
            + "order by c.workDate, c.moment")
    List<CheckIn> ofStaff(@Param("staff") long staffId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select c from CheckIn c where c.staffId in :staff and c.workDate between :from and :to "
            + "order by c.workDate, c.moment")
    List<CheckIn> ofStaff(@Param("staff") Collection<Long> staffIds, @Param("from") LocalDate from,
                          @Param("to") LocalDate to);

    /** The latest check-ins first, at most as many as the page asks. */
    @Query("select c from CheckIn c where c.staffId = :staff order by c.workDate desc, c.moment desc")
    List<CheckIn> latest(@Param("staff") long staffId, org.springframework.data.domain.Pageable page);
}
