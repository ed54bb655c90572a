package org.nasse.advisor;

import org.nasse.advisor.advice.Preload;
import org.nasse.advisor.calibration.ModelFile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/** One jar, two faces: no arguments opens the shell, arguments run one command and exit. */
@SpringBootApplication
@CommandScan
public class AdvisorApplication {
    /** Held so the JUL logger keeps its level: JLine warns about dumb terminals whenever stdout is not a TTY. */
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    /** For a one-shot `analyze`, its own path (an assessment and its report) taken once while Spring starts. */
    static java.util.function.Consumer<org.nasse.advisor.advice.Advisor> warmUp(String[] args) {
        if (args.length == 0 || !args[0].equals("analyze")) {
            return advisor -> { };
        }
        boolean json = java.util.Arrays.asList(args).contains("--json");
        return advisor -> {
            var a = advisor.assess("Na3SbS4");
            if (json) {
                org.nasse.advisor.report.Json.pretty(org.nasse.advisor.report.AnalysisJson.of(a));
            } else {
                org.nasse.advisor.report.AnalysisText.of(a);
            }
        };
    }

    public static void main(String[] args) {
        JLINE.setLevel(java.util.logging.Level.SEVERE);
        // logging is configured by StderrLogging alone: Spring re-initialising it would race the preload thread
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        // SLF4J must be bound before the preload threads log: logging during its initialisation from two
        // threads makes it print a "calls are being replayed" warning on stderr (seen on a loaded machine)
        org.slf4j.LoggerFactory.getILoggerFactory();
        Preload.start(ModelFile::read, warmUp(args));
        SpringApplication.run(AdvisorApplication.class, args);
    }
}
