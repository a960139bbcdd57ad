package com.touchpoint.training;

import java.time.Instant;
import java.util.List;

/** What the last load of the training content found: the folder, the modules loaded and the problems of the files that were not. */
public record ContentStatus(String folder, Instant loadedAt, int filesRead, List<TrainingModule> modules,
                            List<ContentProblem> problems) {

    static ContentStatus notLoaded(String folder) {
        return new ContentStatus(folder, null, 0, List.of(), List.of());
    }
}
