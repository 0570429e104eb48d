package org.jigsaw.link;

import java.time.Instant;

/** A clerical reviewer's verdict on a pair; honoured on every later run. */
public record ReviewDecision(String leftKey, String rightKey, Decision decision, String reviewer, Instant decidedAt) {
}
