package org.standpoint.train;

import org.standpoint.extract.TaggerModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link TaggerModel} by the averaged structured perceptron (Collins 2002): tag each paragraph with the
 * current weights, and where the best labelling differs from the gold one, add the gold features and subtract
 * the predicted ones. The average of the weights over all steps is the model. Paragraphs are shuffled with a
 * fixed seed, so the same data gives the same weights.
 */
final class PerceptronTrainer {
    static final int BITS = 20;
    private final int epochs;

    PerceptronTrainer(int epochs) {
        this.epochs = epochs;
    }

    TaggerModel train(List<TaggedParagraph> data) {
        TaggerModel model = new TaggerModel(BITS);
        TaggerModel accumulated = new TaggerModel(BITS);
        List<int[][]> feats = new ArrayList<>();
        for (TaggedParagraph p : data) feats.add(model.hash(p.tokens()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) order.add(i);
        Random random = new Random(17);
        float step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                int[][] f = feats.get(i);
                int[] gold = data.get(i).gold();
                int[] guess = model.decode(f);
                for (int t = 0; t < f.length; t++) {
                    int prevGold = t == 0 ? -1 : gold[t - 1];
                    int prevGuess = t == 0 ? -1 : guess[t - 1];
                    if (gold[t] == guess[t] && prevGold == prevGuess) continue;
                    if (gold[t] != guess[t]) {
                        model.update(f[t], gold[t], 1);
                        model.update(f[t], guess[t], -1);
                        accumulated.update(f[t], gold[t], step);
                        accumulated.update(f[t], guess[t], -step);
                    }
                    model.updateTransition(prevGold, gold[t], 1);
                    model.updateTransition(prevGuess, guess[t], -1);
                    accumulated.updateTransition(prevGold, gold[t], step);
                    accumulated.updateTransition(prevGuess, guess[t], -step);
                }
                step++;
            }
        }
        return model.averaged(accumulated, step);
    }
}
