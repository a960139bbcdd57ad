package com.touchpoint.incentive;

import org.springframework.data.jpa.repository.JpaRepository;

interface RunRepository extends JpaRepository<IncentiveRun, Long> {
}
