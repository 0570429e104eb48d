package org.jigsaw.link;

import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.Em;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.PatternCounts;
import org.jigsaw.link.model.PatternSpace;
import org.jigsaw.link.model.RandomPairs;
import org.jigsaw.link.model.TermFrequencies;
import org.jigsaw.link.model.TrainingPolicy;
import org.jigsaw.link.spec.LinkSpec;

/** The Fellegi–Sunter model of one run: u from random pairs, m by EM on the candidates' pattern counts. */
record ModelTraining(FellegiSunter model, Em.Fit fit, double prior, double uSeconds) {

    static ModelTraining train(LinkSpec eff, RecordTable table, PatternSpace space, PatternCounts counts, long candidatePairs) {
        long t = System.nanoTime();
        double[][] u = RandomPairs.estimateU(table, space, eff.linkType(), TrainingPolicy.uSamples(eff, table.size()),
                eff.training().seed());
        double uSeconds = Linker.secs(t);
        Em.Fit fit = Em.fit(space, counts, u, eff.training().maxIterations(), eff.training().tolerance());
        double prior = TrainingPolicy.prior(eff, fit, candidatePairs, RandomPairs.totalPairs(table, eff.linkType()));
        return new ModelTraining(new FellegiSunter(space, fit.m(), u, prior, new TermFrequencies(space)), fit, prior, uSeconds);
    }
}
