package com.touchpoint.recognition;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RecognitionValueRepository extends JpaRepository<RecognitionValue, String> {

    List<RecognitionValue> findAllByOrderBySortOrderAscCodeAsc();
}
