package org.standpoint.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** JSON Lines: one article record per line, blank lines skipped, each line's problem its own error. */
final class JsonlReader implements ItemSource {
    private final Path file;
    private final ObjectReader json;
    private final long maxBytes;
    private ByteLines lines;
    private boolean sawRecord;

    private JsonlReader(Path file, ObjectMapper mapper, long maxBytes, ByteLines lines) {
        this.file = file;
        // "{...} {...}" on one line is two records glued together, not one: refuse rather than drop the second
        this.json = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxBytes = maxBytes;
        this.lines = lines;
    }

    static ItemSource open(Path file, ObjectMapper mapper, long maxBytes) {
        try {
            if (Files.size(file) == 0) {
                return ItemSource.single(Item.failed(file.toString(), "empty file"));
            }
            return new JsonlReader(file, mapper, maxBytes, new ByteLines(Files.newInputStream(file), maxBytes));
        } catch (IOException e) {
            return ItemSource.single(Item.failed(file.toString(), Texts.cannotRead(e)));
        }
    }

    @Override
    public Item next() {
        if (lines == null) {
            return null;
        }
        try {
            ByteLines.Line line;
            while ((line = lines.next()) != null) {
                Item item = parse(line);
                if (item != null) {
                    return item;
                }
            }
        } catch (IOException e) {
            close();
            return Item.failed(file.toString(), Texts.cannotRead(e));
        }
        close();
        return sawRecord ? null : Item.failed(file.toString(), "no records (only blank lines)");
    }

    /** The item for one line, or null for a blank line. */
    private Item parse(ByteLines.Line line) {
        String origin = file + ":" + line.number();
        if (line.bytes() == null) {
            sawRecord = true;
            return Item.failed(origin, Texts.tooLarge(line.size(), maxBytes).getMessage());
        }
        try {
            String text = Texts.normalise(Texts.decode(line.bytes(), 0, line.bytes().length));
            if (text.isBlank()) {
                return null;
            }
            sawRecord = true;
            return Item.ok(JsonRecords.toArticle(json.readTree(text), origin));
        } catch (ReadFailure e) {
            sawRecord = true;
            return Item.failed(origin, e.getMessage());
        } catch (JsonProcessingException e) {
            return Item.failed(origin, JsonRecords.malformed(e, (int) line.number() - 1));
        }
    }

    @Override
    public void close() {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException ignored) {
                // read-only file: nothing was lost
            }
            lines = null;
        }
    }
}
