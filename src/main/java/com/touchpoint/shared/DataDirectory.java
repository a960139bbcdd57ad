package com.touchpoint.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code touchpoint.data-dir}: where the embedded database and stored files (error files, reports) live. */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(@Value("${touchpoint.data-dir:./data}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** A sub-folder of the data directory, created when missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
        return folder;
    }
}
