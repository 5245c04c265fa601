package org.standpoint.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.standpoint.ingest.Listener;

import java.io.PrintStream;

/**
 * A progress bar on standard error that error lines can be printed above. The bar redraws from its own thread, so
 * drawing and printing share one lock; without a terminal (a pipe, a log file, a test) only the lines are printed.
 */
final class Progress implements Listener, AutoCloseable {
    private final PrintStream err;
    private final String task;
    private final boolean draw;
    private final Object lock = new Object();
    private String lastBar = "";
    private ProgressBar bar;

    /** @param task the bar's name ("load") */
    Progress(PrintStream err, String task, boolean draw) {
        this.err = err;
        this.task = task;
        this.draw = draw;
    }

    /** Whether standard output and input are a terminal: the nearest Java 17 gets to asking about standard error. */
    static boolean interactive() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Starts the bar; {@code total} below zero draws an indeterminate bar. */
    @Override
    public void started(long total) {
        if (!draw) return;
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1).setUpdateIntervalMillis(500).setConsumer(new Consumer()).build();
    }

    @Override
    public void stepped() {
        if (bar != null) bar.step();
    }

    /** A whole line above the bar. */
    @Override
    public void say(String line) {
        synchronized (lock) {
            if (!lastBar.isEmpty()) err.print("\r\033[K");
            err.println(line);
            if (!lastBar.isEmpty()) err.print(lastBar);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
        bar = null;
    }

    private final class Consumer implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return 100;
        }

        @Override
        public void accept(String rendered) {
            synchronized (lock) {
                lastBar = rendered;
                err.print("\r" + rendered + "\033[K");
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                if (!lastBar.isEmpty()) err.println();
                lastBar = "";
                err.flush();
            }
        }
    }
}
