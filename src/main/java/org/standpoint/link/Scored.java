package org.standpoint.link;

import java.util.List;

/** A candidate with the linker's confidence that it is the actor, and the evidence that confidence rests on. */
public record Scored(Candidate candidate, double confidence, List<String> evidence) {
    public Scored {
        evidence = List.copyOf(evidence);
    }

    public String qid() {
        return candidate.qid();
    }
}
