package org.standpoint.extract;

import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The actors of one article while they are being collected; {@link #build()} freezes them into records. */
final class ActorTable {
    static final class Entry {
        final String id;
        final ActorType type;
        String name;
        String honorific;
        String speaksFor;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();
        /** char offset of the latest mention: recency decides between candidates */
        int lastSeen = -1;
        /** pronouns and honorifics seen for this person: "he"/"Mr" count +1, "she"/"Ms" -1; 0 is unknown */
        int masculine;

        Entry(String id, ActorType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        void mention(Span span, int charPos, String surface) {
            if (span != null && mentions.stream().noneMatch(m -> m.begin() == span.begin() && m.end() == span.end())) {
                mentions.add(span);
            }
            if (surface != null) aliases.add(surface);
            lastSeen = Math.max(lastSeen, charPos);
        }

        /** +1 masculine, -1 feminine, 0 unknown: from pronouns and honorifics, else from the first name. */
        int gender() {
            if (masculine != 0) return Integer.signum(masculine);
            return type == ActorType.PERSON ? FirstNames.gender(name) : 0;
        }

        /** Whether a pronoun of this gender (+1 "he", -1 "she", 0 "I") can refer to this actor. */
        boolean agrees(int pronounGender) {
            return pronounGender == 0 || gender() == 0 || gender() == pronounGender;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    Entry add(ActorType type, String name) {
        String prefix = switch (type) {
            case PERSON -> "p";
            case ORGANIZATION -> "o";
            case OFFICE -> "f";
            case GROUP -> "g";
            case DOCUMENT -> "d";
        };
        Entry e = new Entry(prefix + (entries.size() + 1), type, name);
        entries.add(e);
        return e;
    }

    List<Entry> all() {
        return entries;
    }

    List<Entry> ofType(ActorType type) {
        return entries.stream().filter(e -> e.type == type).toList();
    }

    Entry byName(ActorType type, String name) {
        for (Entry e : entries) {
            if (e.type == type && (e.name.equalsIgnoreCase(name) || e.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name)))) {
                return e;
            }
        }
        return null;
    }

    /**
     * The actor of one of {@code types} mentioned last before a character offset: who "it", "they", "its" most likely
     * stand for. Mentions are kept in code points; {@code charIndex} maps them to characters.
     */
    Entry latestBefore(int charPos, java.util.function.IntUnaryOperator charIndex, ActorType... types) {
        List<ActorType> wanted = List.of(types);
        Entry best = null;
        int bestAt = -1;
        for (Entry e : entries) {
            if (!wanted.contains(e.type)) continue;
            for (Span m : e.mentions) {
                int at = charIndex.applyAsInt(m.begin());
                if (at < charPos && at > bestAt) {
                    bestAt = at;
                    best = e;
                }
            }
        }
        return best;
    }

    Entry byId(String id) {
        return entries.stream().filter(e -> e.id.equals(id)).findFirst().orElse(null);
    }

    /** Actors that a statement, membership or mention refers to, with aliases that repeat the name removed. */
    List<Actor> build(Set<String> used) {
        List<Actor> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.type != ActorType.PERSON && e.type != ActorType.ORGANIZATION && !used.contains(e.id)) continue;
            List<String> aliases = e.aliases.stream().filter(a -> !a.equals(e.name)).toList();
            List<Span> mentions = new ArrayList<>(e.mentions);
            mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            out.add(new Actor(e.id, e.type, e.name, aliases, e.honorific, e.speaksFor, mentions));
        }
        return out;
    }
}
