package org.standpoint.nlp;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions), which ships inside its Maven
 * artifact and runs offline. Loaded once per JVM on first use (a few seconds); thread-safe.
 */
public final class Embeddings {
    private static volatile EmbeddingModel model;

    private Embeddings() {
    }

    /** The unit-length embedding of {@code text}: the dot product of two is their cosine similarity. */
    public static float[] of(String text) {
        float[] v = model().embed(text).content().vector();
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += a[i] * b[i];
        return d;
    }

    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (Embeddings.class) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }
}
