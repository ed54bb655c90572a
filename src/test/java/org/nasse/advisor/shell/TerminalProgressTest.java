package org.nasse.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.progress.Progress;

class TerminalProgressTest {
    @Test
    void drawsStageAndShareInPlaceThenWipesTheLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (TerminalProgress p = new TerminalProgress(err, true, 0)) {
            p.at("scoring rows", 1_500, 6_000);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!bytes.toString(StandardCharsets.UTF_8).contains("25%") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r").contains("scoring rows 25% (1,500 of 6,000)").endsWith("\r\u001b[K");
        assertThat(drawn).doesNotContain("\n"); // redrawn in place, never scrolling
    }

    @Test
    void offATerminalNothingIsDrawnButCtrlCStillStops() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalProgress p = new TerminalProgress(new PrintStream(bytes), false, 0)) {
            p.at("scoring rows", 1, 2);
            Thread.currentThread().interrupt(); // what the shell does on Ctrl-C
            assertThatThrownBy(() -> p.at("scoring rows", 2, 2)).isInstanceOf(Progress.Cancelled.class);
            assertThat(Thread.currentThread().isInterrupted()).as("flag cleared for the shell to go on").isFalse();
        }
        assertThat(bytes.size()).isZero();
    }
}
