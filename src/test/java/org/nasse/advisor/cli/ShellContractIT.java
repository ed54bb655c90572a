package org.nasse.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-shot mode as a script sees it: Spring Shell's own usage errors come as plain lines on stderr
 * (no colour codes, nothing on stdout), a long command draws no progress into a pipe, and SIGINT
 * (Ctrl-C) stops the running command with exit 130.
 */
class ShellContractIT {
    private static final String ESC = "\u001b";

    @Test
    void unknownCommandIsOnePlainLineOnStderr() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("nosuch");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("error: no command 'nosuch' (try `help`)\n");
    }

    @Test
    void usageErrorsArePlainAndExit2() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("analyze", "--bogus", "--json", "x");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("error: analyze has no option --bogus; its options: --formula, --temperature, --json, --evidence, --measured, --help\n"); // one line, however placed
        CliProcessIT.Run missing = CliProcessIT.run("suggest");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stdout()).isEmpty();
        assertThat(missing.stderr()).startsWith("error: suggest needs --host: ").doesNotContain(ESC);
    }

    @Test
    void longRunInAPipeDrawsNoProgress() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("bench", "score", "--count", "60000", "--warmup", "20000", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).startsWith("{").doesNotContain(ESC).doesNotContain("\r");
    }

    @Test
    void sigintStopsTheRunningCommandWithExit130(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder("java", "-Dspring.aot.enabled=true", "-jar",
                Path.of(System.getProperty("app.jar")).toAbsolutePath().toString(), "bench", "score", "--count", "50000000")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            // long enough to be past start-up and inside the scoring loop; 50 million rows take minutes
            Thread.sleep(12_000);
            assertThat(p.isAlive()).as("still scoring").isTrue();
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of Ctrl-C").isTrue();
            assertThat(p.exitValue()).isEqualTo(130);
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
            assertThat(Files.readAllLines(err, StandardCharsets.UTF_8)).isEqualTo(List.of("interrupted"));
        } finally {
            p.destroyForcibly();
        }
    }
}
