package org.standpoint.link;

/** Spaces request starts at least {@code 1/rate} seconds apart. One client, one thread: no fairness needed. */
final class RateLimiter {
    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    RateLimiter(double perSecond) {
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
    }

    synchronized void acquire() throws InterruptedException {
        long now = System.nanoTime();
        if (next != Long.MIN_VALUE && now < next) {
            long wait = next - now;
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            now = next;
        }
        next = now + intervalNanos;
    }
}
