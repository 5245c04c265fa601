package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.standpoint.model.ActorType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The organisation a role is held in when its phrase names none but the article does: the body a role implies
 * ("peer": the House of Lords, "Speaker": the Commons), the one council of a local story for its councillors,
 * the body whose members the article talks about ("Assembly members") for a bare "member", the article's plural
 * for a group's leaders ("union leaders"), and the named
 * organisation an organisation noun stands for ("leader of the council").
 */
final class Bodies {
    private final Doc doc;
    private final ActorTable table;
    private final ActorFinder finder;

    Bodies(Doc doc, ActorTable table, ActorFinder finder) {
        this.doc = doc;
        this.table = table;
        this.finder = finder;
    }

    /** The body a role label implies, when the article names exactly one candidate; else null. */
    ActorTable.Entry implied(String label) {
        String head = head(label);
        for (String body : Lexicon.IMPLIED_BODY.getOrDefault(head, List.of())) {
            ActorTable.Entry named = named(body);
            if (named != null) return named;
        }
        if (Lexicon.COUNCIL_ROLES.contains(head)) return ofKind("council");
        if (head.equals("member")) return membersBody();
        return null;
    }

    /** "the council": the one organisation of that kind the article names ("Pendle Council"). */
    ActorTable.Entry ofKind(String noun) {
        String kind = Lexicon.lower(Lexicon.ORG_NOUN_NAMES.getOrDefault(noun, noun));
        List<ActorTable.Entry> found = table.ofType(ActorType.ORGANIZATION).stream()
                .filter(o -> Lexicon.party(o.name) == null && Lexicon.lower(o.name).endsWith(" " + kind)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** An organisation the article names by this name or a short form of it ("Commons" for "House of Commons"). */
    private ActorTable.Entry named(String body) {
        ActorTable.Entry exact = table.byName(ActorType.ORGANIZATION, body);
        if (exact != null) return exact;
        return table.ofType(ActorType.ORGANIZATION).stream()
                .filter(o -> ActorFinder.abbreviates(o.name, body)).findFirst().orElse(null);
    }

    /** "London Assembly members were told ...": the one non-party body the article counts members of. */
    private ActorTable.Entry membersBody() {
        Set<ActorTable.Entry> bodies = new LinkedHashSet<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> toks = doc.tokens(s);
            for (int i = 1; i < toks.size(); i++) {
                if (!Lexicon.lower(toks.get(i).word()).equals("members")) continue;
                ActorTable.Entry org = finder.namedAt(toks.get(i - 1));
                if (org != null && org.type == ActorType.ORGANIZATION && !isParty(org)) bodies.add(org);
            }
        }
        return bodies.size() == 1 ? bodies.iterator().next() : null;
    }

    /** "union leaders", "business chiefs": the article's plural for leaders of a kind, as a role ("union leader"). */
    String groupLeader() {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> toks = doc.tokens(s);
            for (int i = 0; i < toks.size(); i++) {
                CoreLabel t = toks.get(i);
                if (!"NNS".equals(t.tag()) || !Lexicon.LEADER_PLURALS.contains(Lexicon.lower(t.word()))) continue;
                CoreLabel mod = i > 0 ? toks.get(i - 1) : null;
                boolean kind = mod != null && Doc.isNoun(mod) && finder.namedAt(mod) == null && Lexicon.party(mod.word()) == null;
                return kind ? Lexicon.lower(mod.word()) + " leader" : "leader";
            }
        }
        return null;
    }

    static boolean isParty(ActorTable.Entry org) {
        return org != null && (Lexicon.party(org.name) != null || org.name.endsWith(" Party"));
    }

    /** The role word a label is about: "deputy leader of the council" → "leader", "councilman, district 5" → "councilman". */
    static String head(String label) {
        String[] words = label.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0 && (w.equals("of") || w.equals("for") || w.equals("at"))) return words[i - 1];
            if (w.endsWith(",")) return w.substring(0, w.length() - 1);
        }
        return words[words.length - 1];
    }
}
