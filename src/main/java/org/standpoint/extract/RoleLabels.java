package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Locale;

/** The label of a role concept: one label per role whichever way an article writes it. */
final class RoleLabels {
    private RoleLabels() {
    }

    /**
     * Role words in lower case, names kept ("Assistant Commissioner" → "assistant commissioner", "Mayor of London"
     * → "mayor of London"), abbreviations spelt out ("PM" → "prime minister", "Rev." → "reverend") and an informal
     * role standing alone named formally ("Labour chief" → "leader").
     */
    static String canonical(List<CoreLabel> role) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < role.size(); i++) {
            CoreLabel t = role.get(i);
            String w = t.originalText() != null ? t.originalText() : t.word();
            String lower = Lexicon.lower(w);
            boolean roleWord = RoleFinder.isRoleWord(t) || Lexicon.ROLE_MODIFIERS.contains(lower) || !Doc.isProper(t);
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            if (i > 0 && t.beginPosition() > role.get(i - 1).endPosition()) sb.append(' ');
            String full = Lexicon.ROLE_ABBREVIATIONS.get(lower);
            sb.append(full != null ? full : roleWord && !acronym ? lower : w);
        }
        String label = sb.toString();
        return Lexicon.ROLE_SYNONYMS.getOrDefault(Lexicon.lower(label), label);
    }

    /** "Japan's leader", "London mayor": places ahead of the role words say where, and are no organisation. */
    static String leadingPlace(List<CoreLabel> role) {
        int n = 0;
        while (n < role.size() && Lexicon.PLACE_NER.contains(role.get(n).ner()) && Doc.isProper(role.get(n))) n++;
        if (n == 0 || n == role.size()
                || !RoleFinder.isRoleWord(role.get(n)) && !Lexicon.ROLE_MODIFIERS.contains(Lexicon.lower(role.get(n).word()))) {
            return null;
        }
        String place = ActorFinder.join(role.subList(0, n));
        role.subList(0, n).clear();
        return place;
    }
}
