package com.touchpoint.recognition;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface KudosRepository extends JpaRepository<Kudos, Long> {

    @Query("select k from Kudos k where k.hiddenAt is null and k.receiverId in :staff order by k.givenAt desc, k.id desc")
    List<Kudos> feedOf(@Param("staff") Collection<Long> receivers, Pageable page);

    @Query("select k from Kudos k where k.hiddenAt is null order by k.givenAt desc, k.id desc")
    List<Kudos> feedOfEveryone(Pageable page);

    @Query("select k from Kudos k where k.receiverId = :staff and k.month = :month order by k.givenAt desc, k.id desc")
    List<Kudos> receivedIn(@Param("staff") long receiverId, @Param("month") String month);

    @Query("select k from Kudos k where k.month in :months and k.hiddenAt is null")
    List<Kudos> visibleIn(@Param("months") Collection<String> months);

    @Query("select k from Kudos k where k.month = :month and (k.giverId in :staff or k.receiverId in :staff) "
            + "order by k.givenAt desc, k.id desc")
    List<Kudos> involving(@Param("staff") Collection<Long> staff, @Param("month") String month);
}
