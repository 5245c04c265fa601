package org.standpoint.link;

import java.util.List;

/**
 * A candidate with the linker's confidence that it is the actor, and the evidence that confidence rests on.
 *
 * @param confidence the evidence's sum clamped to [0,1] and rounded to hundredths: what is stored and shown
 * @param weight     the sum itself, rounded to hundredths: candidates are ranked and told apart by it, so two that both
 *                   pass 1 are not a tie
 */
public record Scored(Candidate candidate, double confidence, double weight, List<String> evidence) {
    public Scored {
        evidence = List.copyOf(evidence);
    }

    public String qid() {
        return candidate.qid();
    }
}
