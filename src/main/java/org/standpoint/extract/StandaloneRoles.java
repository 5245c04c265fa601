package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.standpoint.model.ActorType;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Role descriptions that stand for a person named elsewhere: "the home secretary", "The former shadow business
 * secretary responded", "London's new Deputy Mayor for Policing". CoreNLP's coreference rarely links these to
 * the name, so the person is, in order: the one coreference gives; the one who already holds that role; the
 * latest person named before (within a few paragraphs) who holds no other office; in a lead that describes
 * before it names, the first person named next who holds no current role.
 */
final class StandaloneRoles {
    /** A role phrase and the person it stands for. */
    record Found(ActorTable.Entry person, int sentence, List<CoreLabel> tokens) {
    }

    /** Roles that go with an office rather than exclude it (an MP may be home secretary too). */
    private static final Set<String> SEATS = Set.of("member", "mp", "mep", "msp", "am", "peer", "senator",
            "congressman", "congresswoman", "representative", "councillor", "councilman", "councilwoman",
            "lawmaker", "legislator");
    private static final int PARAGRAPHS_BACK = 3, SENTENCES_AHEAD = 2;

    private record Seen(int position, ActorTable.Entry person) {
    }

    private final Doc doc;
    private final ActorFinder finder;
    private final Collection<Membership> memberships;
    private final List<Seen> people = new ArrayList<>();
    private final List<Quotes.Piece> quotes;

    StandaloneRoles(Doc doc, ActorTable table, ActorFinder finder, Collection<Membership> memberships) {
        this.doc = doc;
        this.finder = finder;
        this.memberships = memberships;
        this.quotes = Quotes.find(doc.text);
        for (ActorTable.Entry p : table.ofType(ActorType.PERSON)) {
            for (Span m : p.mentions) people.add(new Seen(doc.charIndex(m.begin()), p));
        }
        people.sort((a, b) -> Integer.compare(a.position, b.position));
    }

    List<Found> find() {
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            SemanticGraph g = doc.deps.get(s);
            if (g == null) continue;
            for (IndexedWord h : g.vertexSet()) {
                CoreLabel t = doc.token(s, h.index());
                if (!isStandalone(g, h, t)) continue;
                List<CoreLabel> np = new ArrayList<>();
                for (IndexedWord w : SpeakerResolver.subtree(g, h)) np.add(doc.token(s, w.index()));
                while (np.size() > 1 && np.get(0) != t && List.of("IN", "TO").contains(np.get(0).tag())) np.remove(0);
                titleTail(s, np);
                if (np.stream().anyMatch(x -> isPerson(finder.namedAt(x)))) continue;
                if (!definite(np, t)) continue;
                String label = RoleLabels.canonical(np.subList(np.indexOf(t), np.indexOf(t) + 1));
                ActorTable.Entry person = referent(s, t, label);
                if (person != null) out.add(new Found(person, s, np));
            }
        }
        return out;
    }

    /** A singular role noun heading its own phrase, outside quotes, not a title before or beside a name. */
    private boolean isStandalone(SemanticGraph g, IndexedWord h, CoreLabel t) {
        String w = Lexicon.lower(t.word());
        boolean role = Lexicon.ROLE_WORDS.contains(w) || Lexicon.ROLE_ABBREVIATIONS.containsKey(w);
        if (!role || Lexicon.GENERIC_ROLES.contains(w) || !(t.tag().equals("NN") || t.tag().equals("NNP"))) return false;
        if (quotes.stream().anyMatch(q -> q.contains(t.beginPosition()))) return false;
        for (SemanticGraphEdge e : g.incomingEdgeList(h)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("appos")) return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(h)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.equals("cop")) return false;
        }
        return true;
    }

    /** "Deputy Mayor for Policing": a capitalised "for"/"of" tail the parser hung elsewhere is still the title's. */
    private void titleTail(int s, List<CoreLabel> np) {
        List<CoreLabel> toks = doc.tokens(s);
        int next = np.get(np.size() - 1).index(); // 0-based index of the token after the phrase
        if (next + 1 >= toks.size() || !List.of("for", "of").contains(toks.get(next).word())) return;
        int end = next + 1;
        while (end < toks.size() && Doc.isProper(toks.get(end)) && finder.namedAt(toks.get(end)) == null) end++;
        if (end > next + 1 && Character.isUpperCase(np.get(np.size() - 1).word().charAt(0))) np.addAll(toks.subList(next, end));
    }

    /** "the home secretary", "London's new mayor": definite, and not someone's ("his deputy"). */
    private static boolean definite(List<CoreLabel> np, CoreLabel head) {
        CoreLabel first = np.get(0);
        if (Lexicon.lower(first.word()).equals("the")) return true;
        int i = np.indexOf(head);
        return i >= 2 && ActorFinder.isPossessive(np.get(1)) && Lexicon.PLACE_NER.contains(first.ner());
    }

    private ActorTable.Entry referent(int s, CoreLabel t, String label) {
        ActorTable.Entry coref = finder.at(s, t);
        if (isPerson(coref)) return coref;
        for (Membership m : memberships) {
            if (m.role().equalsIgnoreCase(label)) return people.stream().map(Seen::person)
                    .filter(p -> p.id.equals(m.memberId())).findFirst().orElse(null);
        }
        int pos = t.beginPosition();
        int paragraph = doc.paragraphOf(pos);
        Seen before = null;
        for (Seen x : people) if (x.position < pos) before = x;
        if (before != null && paragraph - doc.paragraphOf(before.position) <= PARAGRAPHS_BACK * 2) {
            return free(before.person, label, false) ? before.person : null;
        }
        int lastSentence = Math.min(doc.sentences.size() - 1, s + SENTENCES_AHEAD);
        int limit = doc.tokens(lastSentence).get(doc.tokens(lastSentence).size() - 1).endPosition();
        return people.stream().filter(x -> x.position > pos && x.position < limit && free(x.person, label, true))
                .map(Seen::person).findFirst().orElse(null);
    }

    /** Whether a person may hold the role: no other current office ("shadow home secretary" is not "home secretary"). */
    private boolean free(ActorTable.Entry person, String label, boolean noRoleAtAll) {
        for (Membership m : memberships) {
            if (!m.memberId().equals(person.id) || !m.current() || m.role().equalsIgnoreCase(label)) continue;
            if (noRoleAtAll || !SEATS.contains(Bodies.head(m.role()))) return false;
        }
        return true;
    }

    private static boolean isPerson(ActorTable.Entry e) {
        return e != null && e.type == ActorType.PERSON;
    }
}
