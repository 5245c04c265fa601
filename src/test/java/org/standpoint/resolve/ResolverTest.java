package org.standpoint.resolve;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One IRI per real actor across articles; article-scoped actors stay apart; nothing minted from raw surface text. */
class ResolverTest {
    private final Resolver resolver = new Resolver(Iris.standard());

    private static Extraction article(String key, Actor... actors) {
        return new Extraction(new Article(key, null, "t", null, null, "text", key), List.of(actors), List.of(), List.of(), List.of());
    }

    private static Actor actor(String id, ActorType type, String name) {
        return new Actor(id, type, name, List.of(), null, null, List.of(new Span(0, 1, "t")));
    }

    @Test
    void theSamePersonInTwoArticlesGetsOneIri() {
        var first = resolver.resolve(article("aaa", actor("p1", ActorType.PERSON, "Sadiq Khan")));
        var second = resolver.resolve(article("bbb", actor("p7", ActorType.PERSON, "Sadiq Khan"),
                actor("p8", ActorType.PERSON, "Zoë Ó Dálaigh")));
        assertEquals("https://w3id.org/standpoint/id/person/sadiq-khan", first.iri("p1"));
        assertEquals(first.iri("p1"), second.iri("p7"));
        assertEquals("https://w3id.org/standpoint/id/person/zoe-o-dalaigh", second.iri("p8"));
    }

    @Test
    void groupsAndDocumentsAreScopedToTheirArticle() {
        var first = resolver.resolve(article("aaa", actor("g1", ActorType.GROUP, "officials")));
        var second = resolver.resolve(article("bbb", actor("g1", ActorType.GROUP, "officials")));
        assertNotEquals(first.iri("g1"), second.iri("g1"));
        assertEquals("https://w3id.org/standpoint/id/group/aaa-officials", first.iri("g1"));
    }

    @Test
    void officesAreOrganisationsNamedAfterWhomTheySpeakFor() {
        var r = resolver.resolve(article("aaa", actor("f1", ActorType.OFFICE, "Sadiq Khan’s office")));
        assertEquals("https://w3id.org/standpoint/id/org/sadiq-khan-s-office", r.iri("f1"));
    }
}
