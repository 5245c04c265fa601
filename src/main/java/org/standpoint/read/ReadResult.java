package org.standpoint.read;

import java.util.List;

import org.standpoint.model.Article;

/** Everything read from a (small) set of inputs, for callers that can hold it in memory. */
public record ReadResult(List<Article> articles, List<ReadError> errors) {
    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }
}
