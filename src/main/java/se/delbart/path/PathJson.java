package se.delbart.path;

import tools.jackson.databind.json.JsonMapper;

/** The stored form of a path: JSON of {@link ImplementationPath}, read back as the same record. */
final class PathJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PathJson() {
    }

    static String write(ImplementationPath path) {
        return JSON.writeValueAsString(path);
    }

    static ImplementationPath read(String content) {
        return JSON.readValue(content, ImplementationPath.class);
    }
}
