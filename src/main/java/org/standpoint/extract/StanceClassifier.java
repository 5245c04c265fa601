package org.standpoint.extract;

import org.standpoint.model.Stance;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first, general stance rule: limits and conditions make a statement conditional; critical or negated
 * language makes it oppose; endorsing language makes it support; the rest is neutral. The cue counts too
 * ("denied", "warned", "called for"). Issue-aware stance is a later stage.
 */
final class StanceClassifier {
    record Result(Stance stance, double confidence) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> CONDITIONAL = Set.of("only", "exception", "limited", "unless", "provided",
            "extreme", "circumstances", "if", "conditions", "temporary", "short", "case-by-case", "cautious",
            "proportionate", "necessary", "safeguards", "consultation", "routine");
    private static final Set<String> OPPOSE = Set.of("crazy", "wrong", "fear", "hinder", "bad", "shocking",
            "outraged", "outrage", "angry", "ashamed", "silly", "bogus", "mess", "reject", "rejected", "oppose",
            "opposed", "against", "stop", "scrap", "damage", "damaging", "dangerous", "unfair", "failure", "concern",
            "concerned", "worried", "worry", "provocative", "backlash", "disgrace", "disgraceful", "ridiculous",
            "absurd", "unacceptable", "cuts", "threat", "risk", "attack", "mistake", "flawed", "fraud", "lie",
            "lies", "disaster", "terrible", "awful", "harm", "harmful", "sour", "cocky", "undermine", "demeans",
            "humiliates", "storm", "lowest", "sense", "anger", "isn't", "doesn't", "don't", "won't", "can't");
    private static final Set<String> SUPPORT = Set.of("support", "supports", "welcome", "welcomes", "back",
            "backs", "good", "right", "value", "protect", "important", "benefit", "improve", "better", "great",
            "strong", "best", "success", "successful", "safe", "safer", "help", "deliver", "committed", "proud",
            "confident", "effective", "enhance", "strengthen", "positive", "agree", "endorse", "praise");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "cannot", "neither", "nor");

    Result classify(String content, String cue) {
        int cond = 0, opp = 0, sup = 0, neg = 0, words = 0;
        Matcher m = WORD.matcher(content.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            words++;
            if (CONDITIONAL.contains(w)) cond++;
            if (OPPOSE.contains(w)) opp++;
            if (SUPPORT.contains(w)) sup++;
            if (NEGATORS.contains(w)) neg++;
        }
        String c = cue == null ? "" : cue.toLowerCase(Locale.ROOT);
        if (c.startsWith("warn") || c.startsWith("critic") || c.startsWith("accus") || c.startsWith("slam")
                || c.startsWith("attack") || c.startsWith("condemn") || c.startsWith("brand")) opp += 2;
        if (c.startsWith("deni")) cond++;
        if (c.startsWith("prais") || c.startsWith("welcom") || c.startsWith("back")) sup += 2;
        if (cond > 0 && opp <= 1) return new Result(Stance.CONDITIONAL, confidence(cond, words));
        if (opp + neg / 2 > sup && opp > 0) return new Result(Stance.OPPOSE, confidence(opp, words));
        if (sup > 0) return new Result(Stance.SUPPORT, confidence(sup, words));
        return new Result(Stance.NEUTRAL, 0.5);
    }

    private static double confidence(int hits, int words) {
        return Math.min(0.9, 0.5 + 0.1 * hits);
    }
}
