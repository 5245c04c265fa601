package org.standpoint.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A .json file: one article record, or an array of them streamed element by element. A bad element is its
 * own error; malformed JSON stops the file there (a parser cannot resynchronise), after the elements before it.
 */
final class JsonReader implements ItemSource {
    private final Path file;
    private final ObjectMapper mapper;
    private final long maxChars;
    private JsonParser parser;
    private boolean array;
    private int index;

    private JsonReader(Path file, ObjectMapper mapper, long maxChars) {
        this.file = file;
        this.mapper = mapper;
        this.maxChars = maxChars;
    }

    /** {@code mapper} should cap string length near {@code maxBytes} so one huge body cannot exhaust memory. */
    static ItemSource open(Path file, ObjectMapper mapper, long maxBytes) {
        JsonReader reader = new JsonReader(file, mapper, maxBytes);
        String origin = file.toString();
        try {
            if (Files.size(file) == 0) {
                return ItemSource.single(Item.failed(origin, "empty file"));
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), Texts.strictUtf8()));
            skipBom(in);
            reader.parser = mapper.getFactory().createParser(in);
            JsonToken first = reader.parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                reader.array = true;
            } else if (first != JsonToken.START_OBJECT) {
                reader.close();
                return ItemSource.single(Item.failed(origin,
                        first == null ? "empty file (no JSON value)" : "not a JSON object or array of objects"));
            }
            return reader;
        } catch (IOException e) {
            reader.close();
            return ItemSource.single(Item.failed(origin, problem(e)));
        }
    }

    @Override
    public Item next() {
        if (parser == null) {
            return null;
        }
        String origin = array ? file + "[" + index + "]" : file.toString();
        try {
            if (array) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY || token == null) {
                    return finish();
                }
            }
            long start = parser.currentTokenLocation().getCharOffset();
            JsonNode node = mapper.readTree(parser);
            long size = parser.currentLocation().getCharOffset() - start;
            Item item = size > maxChars
                    ? Item.failed(origin, "too large (" + size + " characters, limit " + maxChars + ")")
                    : Item.ok(JsonRecords.toArticle(node, origin));
            if (array) {
                index++;
            } else {
                Item trailing = finish();
                if (trailing != null) {
                    return trailing; // the record is in doubt when the file goes on after it
                }
            }
            return item;
        } catch (ReadFailure e) {
            index++;
            if (!array) {
                close();
            }
            return Item.failed(origin, e.getMessage());
        } catch (StreamConstraintsException e) {
            close();
            return Item.failed(origin, JsonRecords.beyondLimit(e, maxChars));
        } catch (IOException e) {
            close();
            return Item.failed(file.toString(), problem(e));
        }
    }

    /** Ends the file; an error item when anything but whitespace follows the top-level value. */
    private Item finish() throws IOException {
        JsonToken after = parser.nextToken();
        long line = parser.currentTokenLocation().getLineNr();
        close();
        return after == null ? null : Item.failed(file.toString(), "unexpected content after the JSON value at line " + line);
    }

    private static String problem(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        if (e instanceof JsonProcessingException j) {
            return JsonRecords.malformed(j, 0);
        }
        return Texts.cannotRead(e);
    }

    private static void skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    @Override
    public void close() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // read-only file: nothing was lost
            }
            parser = null;
        }
    }
}
