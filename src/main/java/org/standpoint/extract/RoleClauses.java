package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.standpoint.model.ActorType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Roles that a clause states rather than a title: "X, who chairs the Y Committee" (a verb that is a role), and
 * "X's removal as leader", "X resigned as chair of Y" (a role held until then, so a former one).
 */
final class RoleClauses {
    /** A role phrase in the article for a person; {@code ended} when the clause says the role ended. */
    record Phrase(ActorTable.Entry person, int sentence, List<CoreLabel> tokens, boolean ended) {
    }

    /** A role stated by a verb, with the organisation its object names. */
    record Held(ActorTable.Entry person, String role, ActorTable.Entry organisation, CoreLabel verb) {
    }

    /** Verbs (lemmas) that state holding a role in their object. */
    private static final Map<String, String> ROLE_VERBS = Map.of("chair", "chair", "head", "head", "lead", "leader",
            "direct", "director", "manage", "manager", "found", "founder", "run", "head", "captain", "captain");

    private final Doc doc;
    private final ActorFinder finder;
    final List<Phrase> phrases = new ArrayList<>();
    final List<Held> held = new ArrayList<>();

    RoleClauses(Doc doc, ActorFinder finder) {
        this.doc = doc;
        this.finder = finder;
    }

    RoleClauses find() {
        for (int s = 0; s < doc.sentences.size(); s++) {
            SemanticGraph g = doc.deps.get(s);
            if (g == null) continue;
            for (SemanticGraphEdge e : g.edgeListSorted()) {
                String rel = e.getRelation().toString();
                if ((rel.startsWith("nmod") || rel.startsWith("obl")) && markedAs(g, e.getDependent())) {
                    exit(s, g, e.getGovernor(), e.getDependent());
                }
                if (rel.equals("acl:relcl")) relative(s, g, e.getGovernor(), e.getDependent());
            }
        }
        return this;
    }

    private static boolean markedAs(SemanticGraph g, IndexedWord w) {
        return g.getChildren(w).stream().anyMatch(c -> Lexicon.lower(c.word()).equals("as") && "IN".equals(c.tag()));
    }

    /** "X's removal as leader", "X stepped down as chair": the governor ends the role its "as" phrase names. */
    private void exit(int s, SemanticGraph g, IndexedWord governor, IndexedWord role) {
        if (!Lexicon.ROLE_EXITS.contains(Doc.lemma(doc.token(s, governor.index())))) return;
        if (!RoleFinder.isRoleWord(doc.token(s, role.index()))) return;
        ActorTable.Entry person = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(governor)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nmod:poss") || rel.startsWith("nsubj")) person = personAt(s, e.getDependent());
        }
        if (person == null) return;
        List<CoreLabel> tokens = new ArrayList<>();
        for (IndexedWord w : SpeakerResolver.subtree(g, role)) tokens.add(doc.token(s, w.index()));
        tokens.removeIf(t -> t.index() < role.index() && List.of("IN", "TO").contains(t.tag()));
        phrases.add(new Phrase(person, s, tokens, true));
    }

    /** "X, who chairs the Y Committee": a role verb in a relative clause on a person, its object an organisation. */
    private void relative(int s, SemanticGraph g, IndexedWord noun, IndexedWord verb) {
        String role = ROLE_VERBS.get(Doc.lemma(doc.token(s, verb.index())));
        ActorTable.Entry person = personAt(s, noun);
        if (role == null || person == null) return;
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (!e.getRelation().toString().equals("obj")) continue;
            ActorTable.Entry org = finder.at(s, doc.token(s, e.getDependent().index()));
            if (org != null && org.type == ActorType.ORGANIZATION) held.add(new Held(person, role, org, doc.token(s, verb.index())));
        }
    }

    private ActorTable.Entry personAt(int s, IndexedWord w) {
        ActorTable.Entry e = finder.at(s, doc.token(s, w.index()));
        return e != null && e.type == ActorType.PERSON ? e : null;
    }
}
