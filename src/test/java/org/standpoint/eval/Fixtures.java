package org.standpoint.eval;

import java.util.List;

import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Membership;
import org.standpoint.model.Offsets;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;

/** Builders for small invented test cases. */
final class Fixtures {
    private Fixtures() {
    }

    /** The span of the first occurrence of {@code part} in {@code text}, in code points. */
    static Span span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) throw new IllegalArgumentException("not in text: " + part);
        return new Offsets(text).span(at, at + part.length());
    }

    static Region region(String text, String part) {
        return Region.of(span(text, part));
    }

    static Article article(String key, String text) {
        return new Article(key, null, null, null, null, text, key);
    }

    static Actor person(String id, String name, String... aliases) {
        return new Actor(id, ActorType.PERSON, name, List.of(aliases), null, null, List.of());
    }

    static Actor organization(String id, String name, String... aliases) {
        return new Actor(id, ActorType.ORGANIZATION, name, List.of(aliases), null, null, List.of());
    }

    static Membership membership(String id, String member, String role, String org, boolean current) {
        return new Membership(id, member, role, org, current, null);
    }

    static Statement statement(String text, String speakerId, String content, Stance stance) {
        return new Statement(speakerId, speakerId, span(text, content), null, null, true, stance, null, null, 1.0);
    }

    static Statement statement(String text, String speakerId, String content, String source, String cue) {
        return new Statement(speakerId, speakerId, span(text, content), source == null ? null : span(text, source),
                cue == null ? null : span(text, cue), false, Stance.NEUTRAL, null, null, 1.0);
    }

    static Extraction extraction(Article article, List<Actor> actors, List<Membership> memberships,
                                 List<Statement> statements) {
        return new Extraction(article, actors, memberships, List.of(), statements);
    }
}
