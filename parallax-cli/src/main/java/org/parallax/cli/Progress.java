package org.parallax.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.function.IntConsumer;

/** A progress bar on standard error for batches of more than a few articles; silent otherwise. */
final class Progress implements AutoCloseable, IntConsumer {
    static final int SHOW_ABOVE = 5;
    private final ProgressBar bar;

    Progress(String task, int total, boolean quiet) {
        this.bar = quiet || total <= SHOW_ABOVE ? null : new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).build();
    }

    @Override
    public synchronized void accept(int done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
