package org.nasse.advisor.batch;

import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.chemistry.FormulaSyntaxException;

/** Scores rows one after another; a bad row is reported in its row and the batch goes on. */
public final class BatchScorer {
    private final Analyzer analyzer;

    public BatchScorer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<ScoredRow> score(List<ScoreRow> rows) {
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (ScoreRow row : rows) {
            try {
                Analysis a = analyzer.analyze(row.composition());
                out.add(new ScoredRow(row, a, a.problem()));
            } catch (FormulaSyntaxException e) {
                out.add(new ScoredRow(row, null, e.getMessage()));
            }
        }
        return out;
    }
}
