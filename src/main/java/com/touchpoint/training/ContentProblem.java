package com.touchpoint.training;

import java.util.List;

/** Why a training content file was not loaded: file name, line (1-based, 0 when unknown) and a translatable reason. */
public record ContentProblem(String file, int line, String messageKey, List<Object> args) {

    public ContentProblem {
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }
}
