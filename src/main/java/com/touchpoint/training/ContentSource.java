package com.touchpoint.training;

/** Where the training modules come from: the copy built into the application, or a folder that replaces it. */
public enum ContentSource {
    CLASSPATH,
    FOLDER
}
