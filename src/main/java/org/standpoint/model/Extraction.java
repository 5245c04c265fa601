package org.standpoint.model;

import java.util.List;
import java.util.Optional;

/** Everything the extractor read from one article: the model that {@code --format json} prints. */
public record Extraction(Article article, List<Actor> actors, List<Membership> memberships, List<Issue> issues,
                         List<Statement> statements) {
    public Extraction {
        actors = List.copyOf(actors);
        memberships = List.copyOf(memberships);
        issues = List.copyOf(issues);
        statements = List.copyOf(statements);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
