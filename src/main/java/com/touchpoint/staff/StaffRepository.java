package com.touchpoint.staff;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface StaffRepository extends JpaRepository<Staff, Long> {

    Optional<Staff> findByEmployeeNo(String employeeNo);

    /** Staff as references by employee number, without loading entities: a delivery names thousands. */
    @Query("select new com.touchpoint.staff.StaffRef(s.id, s.employeeNo, s.name, s.post.code, s.team.id, s.team.code, "
            + "s.active) from Staff s where s.employeeNo in :employeeNos")
    List<StaffRef> refsByEmployeeNoIn(@Param("employeeNos") Collection<String> employeeNos);

    boolean existsByTeam(OrgUnit team);

    @Query("select s from Staff s join fetch s.post join fetch s.team where s.id in :ids")
    List<Staff> findWithTeamByIdIn(@Param("ids") Collection<Long> ids);

    /** A post's staff as references, without loading entities: a post holds thousands. */
    @Query("select new com.touchpoint.staff.StaffRef(s.id, s.employeeNo, s.name, s.post.code, s.team.id, s.team.code, "
            + "s.active) from Staff s where s.post.code = :postCode")
    List<StaffRef> refsWithPost(@Param("postCode") String postCode);

    @Query("select s.id from Staff s where s.post.code = :postCode")
    List<Long> idsWithPost(@Param("postCode") String postCode);

    @Query("select s.id from Staff s where s.post.code = :postCode and s.active = true")
    List<Long> activeIdsWithPost(@Param("postCode") String postCode);

    @Query("select s from Staff s join fetch s.post join fetch s.team t where t.id = :teamId order by s.employeeNo")
    List<Staff> findByTeamIdOrderByEmployeeNo(@Param("teamId") long teamId);

    /**
     * Staff matching a filter. {@code teamIds} limits the result to the teams a supervisor may see;
     * {@code allTeams} lifts that limit for roles that see everyone.
     */
    @Query(value = """
            select s from Staff s join fetch s.team t join fetch s.post p
            where (:allTeams = true or t.id in :teamIds or s.id = :ownId)
              and (:teamId is null or t.id = :teamId)
              and (:postCode is null or p.code = :postCode)
              and (:active is null or s.active = :active)
              and (:text = '' or lower(s.name) like :text or lower(s.employeeNo) like :text)
            """,
            countQuery = """
            select count(s) from Staff s join s.team t join s.post p
            where (:allTeams = true or t.id in :teamIds or s.id = :ownId)
              and (:teamId is null or t.id = :teamId)
              and (:postCode is null or p.code = :postCode)
              and (:active is null or s.active = :active)
              and (:text = '' or lower(s.name) like :text or lower(s.employeeNo) like :text)
            """)
    Page<Staff> search(@Param("allTeams") boolean allTeams, @Param("teamIds") Collection<Long> teamIds,
                       @Param("ownId") Long ownId,
                       @Param("teamId") Long teamId, @Param("postCode") String postCode,
                       @Param("active") Boolean active, @Param("text") String text, Pageable pageable);
}
