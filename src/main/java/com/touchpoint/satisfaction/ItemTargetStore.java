package com.touchpoint.satisfaction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Per-post item targets (0–100); an item without one uses the post's index target. */
@Repository
class ItemTargetStore {

    private final JdbcTemplate jdbc;

    ItemTargetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Double> targetsOf(String postCode) {
        Map<String, Double> targets = new HashMap<>();
        jdbc.query("select item_code, target from satisfaction_item_target where post_code = ?",
                rs -> {
                    targets.put(rs.getString(1), rs.getBigDecimal(2).doubleValue());
                }, postCode);
        return targets;
    }

    /** Every stored item target, by post code and item code. */
    Map<String, Map<String, Double>> all() {
        Map<String, Map<String, Double>> targets = new HashMap<>();
        jdbc.query("select post_code, item_code, target from satisfaction_item_target", rs -> {
            targets.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                    rs.getBigDecimal(3).doubleValue());
        });
        return targets;
    }

    void put(String postCode, String itemCode, BigDecimal target) {
        int updated = jdbc.update("update satisfaction_item_target set target = ? where post_code = ? and item_code = ?",
                target, postCode, itemCode);
        if (updated == 0) {
            jdbc.update("insert into satisfaction_item_target (post_code, item_code, target) values (?, ?, ?)",
                    postCode, itemCode, target);
        }
    }
}
