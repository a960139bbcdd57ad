package com.touchpoint.training;

import java.time.Instant;
import java.util.List;

/**
 * What the last load of the training content found: where it was read from (the built-in modules or a folder,
 * with its location), the modules loaded and the problems of the files that were not.
 */
public record ContentStatus(ContentSource source, String location, Instant loadedAt, int filesRead,
                            List<TrainingModule> modules, List<ContentProblem> problems) {

    static ContentStatus notLoaded(ContentSource source, String location) {
        return new ContentStatus(source, location, null, 0, List.of(), List.of());
    }
}
