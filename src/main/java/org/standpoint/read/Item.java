package org.standpoint.read;

import org.standpoint.model.Article;

/** What a format reader yields per record: exactly one of an article or an error. */
record Item(Article article, ReadError error) {
    static Item ok(Article article) {
        return new Item(article, null);
    }

    static Item failed(String origin, String problem) {
        return new Item(null, ReadError.of(origin, problem));
    }
}
