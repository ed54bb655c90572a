package org.nasse.advisor.batch;

import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.progress.Progress;

/**
 * Scores rows: each is parsed and analysed on its own (a bad row is reported in its row and the
 * batch goes on), then all readable rows go through the rules together.
 */
public final class BatchScorer {
    /** Rows per rules batch: the unit of progress and of stopping. */
    private static final int CHUNK = 5_000;

    private final Advisor advisor;

    public BatchScorer(Advisor advisor) {
        this.advisor = advisor;
    }

    public List<ScoredRow> score(List<ScoreRow> rows, double temperatureC) {
        return score(rows, temperatureC, Progress.SILENT);
    }

    /** Scores in chunks of rows, reporting after each (and stopping there at Ctrl-C). */
    public List<ScoredRow> score(List<ScoreRow> rows, double temperatureC, Progress progress) {
        List<ScoredRow> out = new ArrayList<>(rows.size());
        progress.forEachChunk("scoring rows", rows, CHUNK, chunk -> out.addAll(scoreChunk(chunk, temperatureC)));
        return out;
    }

    private List<ScoredRow> scoreChunk(List<ScoreRow> rows, double temperatureC) {
        List<Analysis> analyses = new ArrayList<>(rows.size());
        String[] errors = new String[rows.size()];
        int[] index = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            try {
                Analysis a = advisor.analyzer().analyze(rows.get(i).composition());
                index[i] = analyses.size();
                analyses.add(a);
                errors[i] = a.problem();
            } catch (FormulaSyntaxException e) {
                index[i] = -1;
                errors[i] = e.getMessage();
            }
        }
        List<Assessment> assessed = advisor.assessAll(analyses, temperatureC);
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new ScoredRow(rows.get(i), index[i] < 0 ? null : assessed.get(index[i]), errors[i]));
        }
        return out;
    }
}
