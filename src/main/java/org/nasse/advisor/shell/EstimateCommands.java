package org.nasse.advisor.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.batch.CsvTable;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.calibration.Calibration;
import org.nasse.advisor.calibration.Scorecard;
import org.nasse.advisor.calibration.DataValidation;
import org.nasse.advisor.calibration.ModelFile;
import org.nasse.advisor.calibration.UserEvidence;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.report.Json;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

@Command
public class EstimateCommands {
    private final Workbench workbench;

    public EstimateCommands(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(command = "calibrate", description = "Fit the conductivity model to the knowledge base's records and write "
            + "knowledge/conductivity-model.yaml with the date, data count and residuals. Example: calibrate")
    public void calibrate(@Option(longNames = "json", arity = OptionArity.ZERO, description = "print the fitted model as JSON") boolean json) {
        SourceDirectory dir = workbench.knowledgeDirectory();
        if (dir.isPackaged()) {
            throw new BadInputException("calibrate writes the model into a knowledge directory: run it where ./knowledge "
                    + "exists, or set ADVISOR_KNOWLEDGE_DIR");
        }
        ConductivityModel model;
        try (TerminalProgress progress = TerminalProgress.start("fitting, then leaving each composition and host out")) {
            model = new Calibration(workbench.literatureAdvisor()).calibrate(LocalDate.now().toString());
        }
        Path file = dir.path().resolve(ModelFile.NAME);
        try {
            ModelFile.write(file, model);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage());
        }
        workbench.modelChanged();
        if (json) {
            Output.print(Json.pretty(model));
            return;
        }
        StringBuilder sb = new StringBuilder("wrote " + file + "\n");
        sb.append("  ").append(model.source()).append('\n');
        sb.append("  terms (sign from the heuristic, size from the data; decades at the optimum or per unit):\n");
        model.terms().forEach((k, t) -> sb.append(String.format("    %-20s %-3s %s %.3f  %s%n", k, t.heuristic(),
                t.sign() > 0 ? "+" : "-", t.coefficient(), t.status())));
        var u = model.uncertainty();
        sb.append(String.format("  uncertainty (decades, 68%% of validation errors): model %.2f (+%.2f per substitution, "
                + "+%.2f per 100 K), reported %.2f, family neighbours %.2f%n", u.model(), u.perSubstitution(),
                u.perHundredKelvin(), u.reported(), u.neighboursDefault()));
        if (model.validation() != null) {
            sb.append(metricsLine("leave-one-out", model.validation().leaveOneOut()));
            sb.append(metricsLine("leave-one-host-out", model.validation().leaveOneHostOut()));
        }
        Output.print(sb.toString());
    }

    private static String metricsLine(String what, ConductivityModel.Metrics m) {
        return String.format("  %-19s %d records: Spearman %s, MAE %s decades, direction right %s of %d pairs, "
                        + "%s inside ±u (median u %s where the host has a measured parent)%n", what, m.count(), m.spearman(),
                m.maeDecades(), pct(m.directionalAccuracy()), m.pairs(), pct(m.withinUncertainty()), m.medianUncertainty());
    }

    /**
     * One row per validated record: measured, predicted with the uncertainty the calibrated model gives
     * such an estimate (the one "inside ±u" counts against; the left-out fits carry none of their own),
     * and what the estimate stood on.
     */
    private static List<Map<String, Object>> predictionRows(List<Calibration.Prediction> predictions,
                                                            ConductivityModel.Uncertainty u) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Calibration.Prediction p : predictions) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("composition", p.row().record().composition());
            r.put("temperatureC", p.row().record().temperatureC());
            r.put("measuredLog10Sigma", round(p.row().measured()));
            r.put("predictedLog10Sigma", round(p.predicted()));
            r.put("log10Uncertainty", round(u == null ? p.estimate().log10Uncertainty() : Scorecard.uncertaintyOf(p, u)));
            r.put("measured", p.row().record().measured());
            r.put("basis", p.estimate().basis());
            r.put("anchor", p.estimate().anchor().source());
            r.put("source", p.row().record().source());
            r.put("refs", p.row().record().refs());
            r.put("cites", p.row().record().cites());
            rows.add(r);
        }
        return rows;
    }

    @Command(command = "validate", description = "How far to trust the estimate: leave-one-out on the knowledge base's "
            + "records, or a CSV of your own (composition, sigma_rt_S_per_cm[, temperature_C, parent]). Example: validate --json")
    public void validate(
            @OptionValues(provider = "tableFiles") @Option(longNames = "data", description = "CSV with composition and sigma_rt_S_per_cm columns") String data,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json,
            @OptionValues(provider = "tableFiles") @Option(longNames = "evidence", description = "CSV of your own measurements: "
                    + "leave-one-out on your rows, before (the literature alone) and after (with your other rows)") String evidence) {
        if (evidence != null) {
            if (data != null) {
                throw new BadInputException("--data and --evidence: give one (--evidence checks your rows before and after they are learnt)");
            }
            validateEvidence(evidence, json);
            return;
        }
        Advisor advisor = workbench.advisor();
        Map<String, Object> out = new LinkedHashMap<>();
        if (data == null) {
            Calibration calibration = new Calibration(advisor);
            List<Calibration.Prediction> loo;
            List<Calibration.Prediction> loho;
            try (TerminalProgress progress = TerminalProgress.start("leaving each composition, then each host, out")) {
                loo = calibration.leaveOneOut();
                loho = calibration.leaveOneHostOut();
            }
            ConductivityModel.Uncertainty u = advisor.estimator().model() == null ? null : advisor.estimator().model().uncertainty();
            out.put("source", "knowledge base records: every record of a composition (or of a host) left out of fit, "
                    + "anchors and look-up, then predicted");
            out.put("leaveOneOut", metrics(Scorecard.metrics(loo, u)));
            out.put("leaveOneHostOut", metrics(Scorecard.metrics(loho, u)));
            out.put("review", metrics(Scorecard.metrics(loo.stream().filter(p -> p.row().record().fromReview()).toList(), u)));
            out.put("literature", metrics(Scorecard.metrics(loo.stream().filter(p -> !p.row().record().fromReview()).toList(), u)));
            out.put("rows", predictionRows(loo, u));
            out.put("leaveOneHostOutRows", predictionRows(loho, u));
        } else {
            DataValidation.Result r = DataValidation.of(points(advisor, data));
            out.put("source", data);
            out.put("count", r.count());
            out.put("failed", r.failed());
            out.put("spearman", round(r.spearman()));
            out.put("maeDecades", round(r.mae()));
            out.put("directionalAccuracy", round(r.directionalAccuracy()));
            out.put("pairs", r.pairs());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DataValidation.Point p : r.points()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("composition", p.composition());
                if (p.error() != null) {
                    m.put("error", p.error());
                } else {
                    m.put("measuredLog10Sigma", round(p.measured()));
                    m.put("predictedLog10Sigma", round(p.predicted()));
                    m.put("log10Uncertainty", round(p.uncertainty()));
                }
                rows.add(m);
            }
            out.put("rows", rows);
        }
        if (json) {
            Output.print(Json.pretty(out));
            return;
        }
        StringBuilder sb = new StringBuilder("validation on " + out.get("source") + "\n");
        if (data == null) {
            for (String k : List.of("leaveOneOut", "leaveOneHostOut", "review", "literature")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) out.get(k);
                sb.append(String.format("  %-16s %s records: Spearman %s, MAE %s decades, direction right %s of %s pairs, %s inside ±u%n",
                        k.equals("review") ? "review (LOO)" : k.equals("literature") ? "literature (LOO)" : k,
                        m.get("count"), m.get("spearman"), m.get("maeDecades"), m.get("directionalAccuracy"), m.get("pairs"),
                        m.get("withinUncertainty")));
            }
            Output.print(sb.toString());
            return;
        }
        sb.append(String.format("  compositions        %s%n", out.get("count")));
        sb.append(String.format("  Spearman ρ          %s  (predicted vs measured log10 σ)%n", out.get("spearman")));
        sb.append(String.format("  mean abs. error     %s decades%n", out.get("maeDecades")));
        sb.append(String.format("  direction right     %s of %s (parent, doped) pairs%n", out.get("directionalAccuracy"), out.get("pairs")));
        Output.print(sb.toString());
    }

    /** Leave-one-out on the user's rows: each predicted by the literature alone, then by the literature and the other rows. */
    private void validateEvidence(String file, boolean json) {
        Advisor base = workbench.literatureAdvisor();
        Advisor with = workbench.evidenceAdvisor(file);
        List<UserEvidence.Check> checks;
        try (TerminalProgress progress = TerminalProgress.start("leaving each of your rows out")) {
            checks = UserEvidence.leaveOneOut(base, with);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        int insideBefore = 0;
        int insideAfter = 0;
        for (UserEvidence.Check c : checks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("composition", c.record().composition());
            m.put("line", c.record().note());
            m.put("temperatureC", c.record().temperatureC());
            m.put("measuredLog10Sigma", round(c.measured()));
            m.put("before", prediction(c.before(), c.measured()));
            m.put("after", prediction(c.after(), c.measured()));
            if (c.before() != null && c.after() != null) {
                double b = Math.abs(c.measured() - c.before().log10Sigma());
                double a = Math.abs(c.measured() - c.after().log10Sigma());
                before.add(b);
                after.add(a);
                insideBefore += b <= c.before().log10Uncertainty() ? 1 : 0;
                insideAfter += a <= c.after().log10Uncertainty() ? 1 : 0;
            }
            rows.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", file);
        out.put("method", "leave one out on your rows: each row (with your other rows of the same composition within 15 °C) "
                + "left out, predicted by the literature alone (before) and by the literature and your other rows, the model "
                + "refitted without it (after)");
        out.put("count", checks.size());
        out.put("compared", before.size());
        out.put("maeBefore", before.isEmpty() ? null : round(before.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        out.put("maeAfter", after.isEmpty() ? null : round(after.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        out.put("withinUncertaintyBefore", before.isEmpty() ? null : round((double) insideBefore / before.size()));
        out.put("withinUncertaintyAfter", after.isEmpty() ? null : round((double) insideAfter / after.size()));
        out.put("rows", rows);
        if (json) {
            Output.print(Json.pretty(out));
            return;
        }
        StringBuilder sb = new StringBuilder("leave-one-out on your rows of " + file + " (" + checks.size() + " rows)\n");
        sb.append(String.format("  %-30s %-8s %-9s %-22s %-22s%n", "composition", "line", "measured", "before (literature)", "after (+ your rows)"));
        for (UserEvidence.Check c : checks) {
            sb.append(String.format("  %-30s %-8s %-9s %-22s %-22s%n", c.record().composition(),
                    c.record().note().replace("your data, line ", ""), String.format("%.2f", c.measured()),
                    text(c.before()), text(c.after())));
        }
        sb.append(String.format("  mean abs. error     %s → %s decades (log10 σ; %d rows with both)%n", dec(out.get("maeBefore")),
                dec(out.get("maeAfter")), before.size()));
        sb.append(String.format("  inside ±u           %s → %s%n", pct((Double) out.get("withinUncertaintyBefore")),
                pct((Double) out.get("withinUncertaintyAfter"))));
        Output.print(sb.toString());
    }

    private static String dec(Object x) {
        return x == null ? "n/a" : String.format("%.2f", (Double) x);
    }

    private static Map<String, Object> prediction(org.nasse.advisor.estimate.Estimate e, double measured) {
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log10Sigma", round(e.log10Sigma()));
        m.put("log10Uncertainty", round(e.log10Uncertainty()));
        m.put("errorDecades", round(measured - e.log10Sigma()));
        m.put("basis", e.basis());
        m.put("anchor", e.anchor().source());
        return m;
    }

    private static String text(org.nasse.advisor.estimate.Estimate e) {
        return e == null ? "no estimate" : String.format("%.2f ± %.2f (%s)", e.log10Sigma(), e.log10Uncertainty(), e.basis());
    }

    private List<DataValidation.Point> points(Advisor advisor, String file) {
        CsvTable table;
        try {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(file + ": no such file");
            }
            table = CsvTable.parse(file, Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException | CsvTable.CsvException e) {
            throw new BadInputException(e.getMessage());
        }
        int c = table.header().indexOf("composition");
        int s = table.header().indexOf("sigma_rt_S_per_cm");
        if (c < 0 || s < 0) {
            throw new BadInputException(file + ":1: the header needs 'composition' and 'sigma_rt_S_per_cm' columns, found " + table.header());
        }
        int t = table.header().indexOf("temperature_C");
        int par = table.header().indexOf("parent");
        List<DataValidation.Point> points = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            String composition = cell(row, c);
            String parent = par < 0 ? null : cell(row, par);
            try {
                double sigma = Double.parseDouble(cell(row, s));
                double temp = t < 0 || cell(row, t).isBlank() ? Advisor.ROOM_TEMPERATURE_C : Double.parseDouble(cell(row, t));
                if (!(sigma > 0) || Double.isInfinite(sigma)) {
                    throw new NumberFormatException("sigma must be a positive number");
                }
                Assessment a = advisor.assess(composition, temp);
                if (a.estimate().isEmpty()) {
                    points.add(new DataValidation.Point(composition, parent, Math.log10(sigma), Double.NaN, Double.NaN,
                            a.analysis().problem() != null ? a.analysis().problem() : "no estimate possible"));
                } else {
                    points.add(new DataValidation.Point(composition, parent, Math.log10(sigma), a.estimate().get().log10Sigma(),
                            a.estimate().get().log10Uncertainty(), null));
                }
            } catch (NumberFormatException e) {
                points.add(new DataValidation.Point(composition, parent, Double.NaN, Double.NaN, Double.NaN,
                        file + ":" + table.lineOf(i) + ": " + e.getMessage()));
            } catch (FormulaSyntaxException e) {
                points.add(new DataValidation.Point(composition, parent, Double.NaN, Double.NaN, Double.NaN, e.getMessage()));
            }
        }
        return points;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i).trim() : "";
    }

    static Double round(double x) {
        return Double.isNaN(x) ? null : Math.round(x * 1000) / 1000.0;
    }

    private static Map<String, Object> metrics(ConductivityModel.Metrics m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", m.count());
        out.put("spearman", m.spearman());
        out.put("maeDecades", m.maeDecades());
        out.put("directionalAccuracy", m.directionalAccuracy());
        out.put("pairs", m.pairs());
        out.put("withinUncertainty", m.withinUncertainty());
        out.put("medianUncertaintyWithParent", m.medianUncertainty());
        return out;
    }

    private static String pct(Double x) {
        return x == null ? "n/a" : Math.round(x * 100) + "%";
    }
}
