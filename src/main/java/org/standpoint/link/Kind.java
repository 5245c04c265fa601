package org.standpoint.link;

/** What a registry actor is, as far as linking cares: it decides which Wikidata class a candidate must reach. */
public enum Kind {
    PERSON,
    ORGANISATION
}
