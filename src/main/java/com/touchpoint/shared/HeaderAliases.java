package com.touchpoint.shared;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which field each column of an uploaded sheet holds, recognised by any of its Chinese or English headers,
 * whatever their case and surrounding (also full-width) spaces. Every importer names its columns this way.
 */
public final class HeaderAliases<F> {

    private final Map<String, F> fields = new HashMap<>();

    public HeaderAliases<F> field(F field, String... headers) {
        for (String header : headers) {
            fields.put(normalize(header), field);
        }
        return this;
    }

    public Optional<F> fieldOf(String header) {
        return Optional.ofNullable(fields.get(normalize(header)));
    }

    /** The index of the first column of each field the headers name; unknown headers are left out. */
    public Map<F, Integer> columns(List<String> headers) {
        Map<F, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            fieldOf(headers.get(i)).ifPresent(f -> columns.putIfAbsent(f, index));
        }
        return columns;
    }

    /** Refuses a file whose header lacks a required field, naming every missing one by {@code name}. */
    public static <F> void requireAll(Map<F, Integer> columns, List<F> required, Function<F, String> name) {
        List<String> missing = required.stream().filter(f -> !columns.containsKey(f)).map(name).toList();
        if (!missing.isEmpty()) {
            throw new TouchpointException("import.header.missing", String.join(", ", missing));
        }
    }

    static String normalize(String header) {
        return header == null ? "" : header.replace('\u3000', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
