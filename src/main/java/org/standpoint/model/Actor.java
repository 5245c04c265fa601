package org.standpoint.model;

import java.util.List;

/**
 * An actor as one article presents it: the best name, the other surface forms and where it is mentioned.
 *
 * @param id         article-local id, referenced by memberships and statements
 * @param type       person, organisation, office, unnamed group or document
 * @param name       canonical name without honorifics or role words ("Toby Harris", "Metropolitan Police")
 * @param aliases    the other surface forms seen in the article ("Lord Harris", "the Met")
 * @param honorific  "Sir", "Lord", "Dame", ... or null
 * @param speaksFor  for an office or spokesperson: the id of the actor it speaks for, else null
 * @param mentions   every span that names or refers to the actor
 */
public record Actor(String id, ActorType type, String name, List<String> aliases, String honorific,
                    String speaksFor, List<Span> mentions) {
    public Actor {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public boolean isPerson() {
        return type == ActorType.PERSON;
    }
}
