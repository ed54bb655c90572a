package org.nasse.advisor.shell;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.nasse.advisor.progress.Progress;

/**
 * A one-line progress indicator on stderr for commands that run longer than a second: stage,
 * percentage where the total is known, and elapsed time, redrawn in place. Only on an interactive
 * terminal; in a pipe or a script it draws nothing (the job still stops at Ctrl-C).
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private static final long DELAY_MS = 1_000;
    private static final long PERIOD_MS = 200;
    private static final String SPINNER = "|/-\\";

    private final PrintStream err;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService painter;
    private volatile String stage = "";
    private volatile long done;
    private volatile long total;
    private int frame;
    private boolean drawn;

    TerminalProgress(PrintStream err, boolean visible, long delayMs) {
        this.err = err;
        this.painter = visible ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        }) : null;
        if (painter != null) {
            painter.scheduleAtFixedRate(this::draw, delayMs, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Starts the indicator; it shows itself only if the command is still running after a second. */
    static TerminalProgress start(String firstStage) {
        TerminalProgress p = new TerminalProgress(System.err, interactive(), DELAY_MS);
        p.stage = firstStage;
        return p;
    }

    /** A terminal on both ends (System.console) that can redraw a line. */
    static boolean interactive() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
    }

    @Override
    public void report(String stage, long done, long total) {
        this.stage = stage;
        this.done = done;
        this.total = total;
    }

    private synchronized void draw() {
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder line = new StringBuilder("\r").append(SPINNER.charAt(frame++ % SPINNER.length())).append(' ').append(stage);
        long t = total;
        if (t > 0) {
            long d = Math.min(done, t);
            line.append(String.format(" %d%% (%,d of %,d)", Math.round(100.0 * d / t), d, t));
        } else if (done > 0) {
            line.append(String.format(" %,d", done)); // a stream of unknown length: how far so far
        }
        line.append(String.format("  %.0f s", seconds)).append("\033[K");
        err.print(line);
        err.flush();
        drawn = true;
    }

    /** Stops drawing and wipes the line, so the command's own output starts on a clean line; safe to call twice. */
    @Override
    public void close() {
        if (painter == null) {
            return;
        }
        painter.shutdownNow();
        try {
            painter.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn) {
                err.print("\r\033[K");
                err.flush();
                drawn = false;
            }
        }
    }
}
