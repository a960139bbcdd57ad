package com.touchpoint.training;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Keeps the text of every module version ever loaded, by content hash, so old attempts can always be shown as played. */
@Repository
class ModuleVersionStore {

    private final JdbcTemplate jdbc;

    ModuleVersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent, also when two nodes load the same content at once. */
    void remember(TrainingModule module, String source, Instant when) {
        jdbc.update("""
                INSERT INTO training_module_version (content_hash, module_id, module_version, file_name, source, first_loaded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE module_id = module_id""",
                module.contentHash(), module.id(), module.version(), module.fileName(), source, Timestamp.from(when));
    }

    record StoredVersion(String fileName, String source) {
    }

    Optional<StoredVersion> find(String contentHash) {
        return jdbc.query("SELECT file_name, source FROM training_module_version WHERE content_hash = ?",
                (rs, i) -> new StoredVersion(rs.getString(1), rs.getString(2)), contentHash).stream().findFirst();
    }
}
