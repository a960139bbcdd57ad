package com.touchpoint.satisfaction;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

    @Query("select distinct q from Questionnaire q left join fetch q.items")
    List<Questionnaire> findAllWithItems();

    Optional<Questionnaire> findByCode(String code);
}
