package com.touchpoint.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** A path as stored with an attempt: a JSON list of {stepId, reply}. */
final class AttemptPaths {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Choice>> PATH = new TypeReference<>() {
    };

    private AttemptPaths() {
    }

    static String write(List<Choice> path) {
        try {
            return JSON.writeValueAsString(path);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Choice> read(String path) {
        try {
            return JSON.readValue(path, PATH);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored path is not valid: " + path, e);
        }
    }
}
