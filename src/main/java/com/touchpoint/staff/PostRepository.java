package com.touchpoint.staff;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PostRepository extends JpaRepository<Post, String> {

    List<Post> findAllByOrderBySortOrder();
}
