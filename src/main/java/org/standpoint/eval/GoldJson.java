package org.standpoint.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the dev gold files; unknown fields are ignored so that annotators can add notes without breaking it. */
public final class GoldJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private GoldJson() {
    }

    public static GoldArticle read(Path file) {
        try {
            return MAPPER.readValue(Files.readString(file), GoldArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    public static GoldArticle parse(String json) {
        try {
            return MAPPER.readValue(json, GoldArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("bad gold JSON", e);
        }
    }
}
