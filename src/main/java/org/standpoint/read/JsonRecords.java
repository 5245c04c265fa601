package org.standpoint.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import org.standpoint.model.Article;

/** One JSON article record ({@code id, url, title, date, publisher, issue, body}) to an {@link Article}. */
final class JsonRecords {
    private JsonRecords() {
    }

    static Article toArticle(JsonNode node, String origin) throws ReadFailure {
        if (!node.isObject()) {
            throw new ReadFailure("record is not a JSON object but " + node.getNodeType().name().toLowerCase());
        }
        JsonNode body = node.get("body");
        String id = scalar(node, "id");
        String which = id == null ? "record" : "record '" + id + "'";
        if (body == null || body.isNull()) {
            throw new ReadFailure(which + " has no body");
        }
        if (!body.isTextual()) {
            throw new ReadFailure(which + " has a body that is not a string");
        }
        if (body.textValue().isBlank()) {
            throw new ReadFailure(which + " has a blank body");
        }
        // JSON escapes can smuggle in \r\n; the text contract is the same as for files
        String text = Texts.normalise(body.textValue());
        return Articles.create(scalar(node, "url"), scalar(node, "title"), scalar(node, "date"),
                scalar(node, "publisher"), text, origin, scalar(node, "issue"));
    }

    /** Numbers are accepted as text (a bare year, a numeric id); objects and arrays are ignored. */
    private static String scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : Texts.blankToNull(v.asText());
    }

    /** Jackson's constraints: a string past the article limit, or nesting past its depth limit. */
    static String beyondLimit(StreamConstraintsException e, long maxChars) {
        String m = e.getOriginalMessage();
        return m != null && m.contains("nesting depth") ? "too deeply nested (" + m + ")"
                : "too large (a string exceeds the limit of " + maxChars + " characters)";
    }

    static String malformed(JsonProcessingException e, int lineOffset) {
        var loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0 ? ""
                : " at line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
        return "malformed JSON" + where + ": " + e.getOriginalMessage();
    }
}
